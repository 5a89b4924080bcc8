using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkflowPortal.Workflows.Processes.Designer;

// A validator's element path taken apart, so that the designer can say it in words:
// "transitions[Submit].when.all[0]" is the transition Submit, then `when`, then `all` row 0.
public sealed partial record DesignElement(string Root, string? Name, IReadOnlyList<DesignElement.Step> Steps)
{
    public sealed record Step(string Part, int? Index);

    public static DesignElement Parse(string element)
    {
        var head = Head().Match(element);
        var (root, name, rest) = head.Success
            ? (head.Groups["root"].Value, (string?)head.Groups["name"].Value, head.Groups["rest"].Value)
            : (element.Split('.')[0], null, element.Contains('.', StringComparison.Ordinal) ? element[element.IndexOf('.', StringComparison.Ordinal)..] : "");
        var steps = StepPattern().Matches(rest).Select(m => new Step(m.Groups["part"].Value,
            m.Groups["i"].Success ? int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture) : null)).ToList();
        return new(root, name, steps);
    }

    // The names of states and transitions are identifiers; a name with brackets stops at the first `]`.
    [GeneratedRegex(@"^(?<root>states|transitions|fields)\[(?<name>[^\]]*)\](?<rest>.*)$")]
    private static partial Regex Head();

    [GeneratedRegex(@"\.(?<part>[A-Za-z$]+)(?:\[(?<i>\d+)\])?")]
    private static partial Regex StepPattern();
}
