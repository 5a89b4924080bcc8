using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Workflows.WorkingTime;

// What a holiday must say to be saved: both names, a date that exists in its calendar, 1-30 days.
internal static class HolidayRules
{
    public const int MaxName = 200;

    public static Error? Check(AddHoliday command)
    {
        var fields = new Dictionary<string, string[]>();
        if (PlainText.Line(command.NameEn) is not { Length: > 0 and <= MaxName })
            fields["nameEn"] = [$"Give the holiday's English name (at most {MaxName} characters)."];
        if (PlainText.Line(command.NameAr) is not { Length: > 0 and <= MaxName })
            fields["nameAr"] = [$"Give the holiday's Arabic name (at most {MaxName} characters)."];
        if (!Enum.IsDefined(command.Rule))
            fields["rule"] = ["Choose once, every year, or every Hijri year."];
        else if (DateProblem(command) is { } problem)
            fields["date"] = [problem];
        if (command.Days is < 1 or > PublicHoliday.MaxDays)
            fields["days"] = [$"A holiday lasts from 1 to {PublicHoliday.MaxDays} days."];
        return fields.Count == 0 ? null : Error.Invalid(fields);
    }

    static string? DateProblem(AddHoliday command)
    {
        if (command.Month is < 1 or > 12) return "The month must be from 1 to 12.";
        return command.Rule switch
        {
            HolidayRule.Once when command.Year is not (>= 2000 and <= 2100) => "A one-off holiday needs a year from 2000 to 2100.",
            HolidayRule.Once when command.Day < 1 || command.Day > DateTime.DaysInMonth(command.Year!.Value, command.Month) =>
                "That day does not exist in that month.",
            HolidayRule.Yearly when command.Day < 1 || command.Day > DateTime.DaysInMonth(2024, command.Month) =>
                "That day does not exist in that month.",
            HolidayRule.Hijri when command.Day is < 1 or > 30 => "A Hijri month has at most 30 days.",
            _ => null,
        };
    }
}
