using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkflowPortal.Workflows.Processes.Designer;

public enum DurationUnit { Seconds, Minutes, Hours, Days, Weeks, Months, Years }

// A deadline's ISO 8601 duration as a number and a unit (P3D = 3 days, PT10S = 10 seconds), for
// the pickers. A duration of several parts (P1DT2H) has no such form and stays as typed.
public static partial class DesignDuration
{
    public static (int Amount, DurationUnit Unit)? Split(string? iso)
    {
        var match = Single().Match(iso?.Trim() ?? "");
        if (!match.Success) return null;
        var amount = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        var time = match.Groups["t"].Success;
        DurationUnit unit = match.Groups["u"].Value switch
        {
            "S" => DurationUnit.Seconds,
            "M" when time => DurationUnit.Minutes,
            "H" => DurationUnit.Hours,
            "D" => DurationUnit.Days,
            "W" => DurationUnit.Weeks,
            "M" => DurationUnit.Months,
            _ => DurationUnit.Years,
        };
        return (amount, unit);
    }

    public static string Join(int amount, DurationUnit unit) => unit switch
    {
        DurationUnit.Seconds => $"PT{amount}S",
        DurationUnit.Minutes => $"PT{amount}M",
        DurationUnit.Hours => $"PT{amount}H",
        DurationUnit.Days => $"P{amount}D",
        DurationUnit.Weeks => $"P{amount}W",
        DurationUnit.Months => $"P{amount}M",
        _ => $"P{amount}Y",
    };

    [GeneratedRegex(@"^P(?:(?<t>T)(?<n>\d{1,7})(?<u>[HMS])|(?<n>\d{1,5})(?<u>[YMWD]))$")]
    private static partial Regex Single();
}
