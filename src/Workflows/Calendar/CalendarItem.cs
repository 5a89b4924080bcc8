namespace WorkflowPortal.Workflows.Calendar;

public enum CalendarItemKind { Hearing, KeyDate, Milestone }

// Whose dates a legal-team member reads: the ones they are responsible for (their matters and
// contracts, and those nobody is assigned to, like the reminders), or the whole team's.
public enum CalendarScope { Mine, Team }

// One entry of a person's calendar: a hearing (a moment), a key date or a milestone (a day). It
// carries only what the person sees on the item's page: its title and its matter's or contract's
// reference and title, never notes, outcomes or descriptions.
public sealed record CalendarItem(
    CalendarItemKind Kind, Guid Id, DateOnly Day, DateTimeOffset? At, string Title, Guid SubjectId, string Reference, string SubjectTitle, string Link);

// The days [From, To) in the reader's time zone (a hearing falls on its day in that zone).
public sealed record CalendarRange(DateOnly From, DateOnly To, TimeZoneInfo Zone)
{
    public const int MaxDays = 800;

    public DateTimeOffset Start => StartOf(From);
    public DateTimeOffset End => StartOf(To);

    DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    public DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);
}
