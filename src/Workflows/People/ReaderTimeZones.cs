using System.Globalization;
using WorkflowPortal.Engine.Deadlines;

namespace WorkflowPortal.Workflows.People;

// The time zone a person reads times in: their own when they chose one, else the firm's (the
// working calendar's). Ids are IANA ("Asia/Riyadh"), as the server's time zone data names them.
public static class ReaderTimeZones
{
    public static bool IsKnown(string id) =>
        id.Length <= 100 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    public static TimeZoneInfo Find(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static TimeZoneInfo Of(string? own, IWorkingCalendarSource firm) =>
        own is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(own, out var zone) ? zone : firm.Current.Zone;

    // "1 December 2026, 18:31 (Asia/Riyadh)": the moment where the reader is, the zone named so
    // that an email forwarded elsewhere still reads right.
    public static string Format(DateTimeOffset moment, TimeZoneInfo zone, CultureInfo culture) =>
        $"{TimeZoneInfo.ConvertTime(moment, zone).ToString("d MMMM yyyy HH:mm", culture)} ({zone.Id})";
}
