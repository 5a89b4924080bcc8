using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.WorkingTime;

// The working calendar the engine counts business days with, read from the administration. It is
// kept for a minute: a change made on this instance shows at once, one made on another instance
// within a minute (deadlines already scheduled keep their due time).
public sealed class FirmCalendar(IServiceScopeFactory scopes, TimeProvider clock) : IWorkingCalendarSource
{
    static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);
    volatile Loaded? _loaded;

    public WorkingCalendar Current
    {
        get
        {
            var now = clock.GetUtcNow();
            if (_loaded is { } loaded && now - loaded.At < KeepFor && now >= loaded.At) return loaded.Calendar;
            var fresh = Load(now);
            _loaded = fresh;
            return fresh.Calendar;
        }
    }

    public void Forget() => _loaded = null;

    // The engine asks synchronously; this runs at most once a minute per instance.
    Loaded Load(DateTimeOffset now)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var week = db.Set<WorkingWeek>().AsNoTracking().Single(w => w.Id == WorkingWeek.SingletonId);
        var holidays = db.Set<PublicHoliday>().AsNoTracking().ToList();
        return new Loaded(Build(week, holidays), now);
    }

    public static WorkingCalendar Build(WorkingWeek week, IReadOnlyList<PublicHoliday> holidays)
    {
        var years = new ConcurrentDictionary<int, HashSet<DateOnly>>();
        bool IsHoliday(DateOnly day) =>
            years.GetOrAdd(day.Year, y => holidays.SelectMany(h => HolidayDates.DaysIn(h, y)).ToHashSet()).Contains(day);
        return new WorkingCalendar(week.WorkingDays, IsHoliday, Zone(week.TimeZone));
    }

    public static TimeZoneInfo Zone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    sealed record Loaded(WorkingCalendar Calendar, DateTimeOffset At);
}
