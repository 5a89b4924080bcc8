using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Templates;

// A contract template: Liquid (Fluid) that produces a small Markdown subset (headings,
// paragraphs, lists, bold/italic, tables), turned into the document model. Compile once and
// render many times; a compiled template is safe to share between threads.
public sealed partial class ContractTemplate
{
    static readonly FluidParser Parser = new();

    readonly IFluidTemplate template;
    readonly string source;

    ContractTemplate(IFluidTemplate template, string source)
    {
        this.template = template;
        this.source = source;
    }

    public static TemplateResult<ContractTemplate> Compile(string source)
    {
        if (Parser.TryParse(source, out var parsed, out var error))
        {
            return TemplateResult<ContractTemplate>.Success(new ContractTemplate(parsed, source));
        }
        var position = ParsePosition().Match(error);
        var line = position.Success ? int.Parse(position.Groups["line"].Value, CultureInfo.InvariantCulture) : 1;
        var message = error.Split('\n')[0].Trim();
        return TemplateResult<ContractTemplate>.Failure(new TemplateError(line, message));
    }

    // The Markdown the template produces for these answers, fields already isolated and escaped.
    public TemplateResult<string> RenderMarkdown(IReadOnlyDictionary<string, object?> answers)
    {
        var options = new TemplateOptions { StrictFilters = true, CultureInfo = CultureInfo.InvariantCulture, MaxSteps = 1_000_000 };
        string? undefined = null;
        options.Undefined = name =>
        {
            undefined ??= name;
            return ValueTask.FromResult<FluidValue>(NilValue.Instance);
        };
        var context = new TemplateContext(options);
        foreach (var (name, value) in answers)
        {
            context.SetValue(name, value is null ? NilValue.Instance : FluidValue.Create(value, options));
        }
        string output;
        try
        {
            output = template.Render(context, FieldEncoder.Instance);
        }
        catch (FluidException exception)
        {
            var name = QuotedName().Match(exception.Message);
            return TemplateResult<string>.Failure(new TemplateError(name.Success ? LineOf(name.Groups["name"].Value) : 1, exception.Message));
        }
        return undefined is null
            ? TemplateResult<string>.Success(output)
            : TemplateResult<string>.Failure(new TemplateError(LineOf(undefined), $"Unknown variable '{undefined}': it is not among the questionnaire answers."));
    }

    // Renders the template into a document; configure sets title, direction, header and footer.
    public TemplateResult<Document> Render(IReadOnlyDictionary<string, object?> answers, Action<DocumentBuilder>? configure = null) =>
        RenderMarkdown(answers).Match(
            markdown => TemplateResult<Document>.Success(Document.Create(d =>
            {
                configure?.Invoke(d);
                d.Content(c => MarkdownDocument.AddTo(c, markdown));
            })),
            TemplateResult<Document>.Failure);

    // The first line where the name appears inside a Liquid tag or output.
    int LineOf(string name)
    {
        var pattern = new Regex(@"(\{\{|\{%)[^}]*?\b" + Regex.Escape(name) + @"\b", RegexOptions.Singleline);
        var match = pattern.Match(source);
        return match.Success ? source.AsSpan(0, match.Index).Count('\n') + 1 : 1;
    }

    [GeneratedRegex(@"\((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex ParsePosition();

    [GeneratedRegex(@"'(?<name>[^']+)'")]
    private static partial Regex QuotedName();
}
