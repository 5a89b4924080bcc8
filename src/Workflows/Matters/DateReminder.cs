namespace WorkflowPortal.Workflows.Matters;

// One reminder of a hearing or a key date, sent once: inserting the row is the claim, so two app
// instances running the pass at once send it once. A date that moves is a new date and is
// reminded again; a shorter reminder sent first (a hearing added 3 days ahead) marks the longer
// ones as sent with it, so nobody hears "in 7 days" after "tomorrow".
public sealed class DateReminder
{
    DateReminder() { }

    public Guid Id { get; private set; }
    public DateReminderKind Kind { get; private set; }
    public Guid ItemId { get; private set; }
    public DateTimeOffset DateAt { get; private set; }
    public int DaysBefore { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
}

public enum DateReminderKind { Hearing, KeyDate }
