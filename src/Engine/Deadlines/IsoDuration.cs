using System.Text.RegularExpressions;

namespace WorkflowPortal.Engine.Deadlines;

// An ISO 8601 duration (PnYnMnWnDTnHnMnS). Years and months stay calendar units (a month is
// not 30 days); days are the unit a business calendar counts.
public sealed partial record IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    public static IsoDuration? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || text.Trim() is "P" or "PT" || text.Trim().EndsWith('T'))
            return null;
        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        try
        {
            var time = new TimeSpan(Part("h"), Part("min"), Part("s"));
            return new(Part("y"), Part("mon"), checked(Part("w") * 7 + Part("d")), time);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public bool IsZero => Years == 0 && Months == 0 && Days == 0 && Time == TimeSpan.Zero;

    [GeneratedRegex(@"^P(?:(?<y>\d{1,4})Y)?(?:(?<mon>\d{1,4})M)?(?:(?<w>\d{1,4})W)?(?:(?<d>\d{1,5})D)?(?:T(?:(?<h>\d{1,5})H)?(?:(?<min>\d{1,6})M)?(?:(?<s>\d{1,7})S)?)?$")]
    private static partial Regex Pattern();
}
