namespace WorkflowPortal.Workflows.WorkingTime;

// The firm's working week and time zone: one row, set by an administrator. Business-day deadlines
// and the first-response clock count only working days, in this zone.
public sealed class WorkingWeek
{
    public const int SingletonId = 1;

    // Monday to Friday in UTC until an administrator says otherwise.
    public const int DefaultDays = 0b0111110;
    public const string DefaultZone = "UTC";

    WorkingWeek() { }

    public int Id { get; private set; }

    // One bit per DayOfWeek (bit 0 = Sunday).
    public int Days { get; private set; } = DefaultDays;
    public string TimeZone { get; private set; } = DefaultZone;
    public DateTimeOffset? UpdatedAt { get; private set; }
    public Guid? UpdatedBy { get; private set; }

    public IReadOnlySet<DayOfWeek> WorkingDays => ToDays(Days);

    public void Change(IEnumerable<DayOfWeek> days, string timeZone, Guid by, DateTimeOffset now)
    {
        Days = days.Aggregate(0, (bits, day) => bits | (1 << (int)day));
        TimeZone = timeZone;
        UpdatedBy = by;
        UpdatedAt = now;
    }

    public static IReadOnlySet<DayOfWeek> ToDays(int bits) =>
        Enum.GetValues<DayOfWeek>().Where(d => (bits & (1 << (int)d)) != 0).ToHashSet();
}
