using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Matters;

// Court sessions. The legal team records them; clients see the ones marked visible. The day of the
// next one is kept in the workflow's data as `$nextHearing`, so that deadlines can count from it.
public sealed class MatterHearings(PortalDb db, WorkflowRunner runner, IWorkingCalendarSource calendar, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<HearingView>>> ListAsync(Guid matterId, Actor actor, CancellationToken ct)
    {
        if (await db.FindVisibleAsync(matterId, actor, ct) is null) return MatterLookup.NotFound;
        var rows = await db.Set<Hearing>().AsNoTracking()
            .Where(h => h.MatterId == matterId && (actor.IsLegalTeam || h.VisibleToClient))
            .OrderBy(h => h.At).ToListAsync(ct);
        return rows.Select(HearingView.Of).ToList();
    }

    public async Task<Result<HearingView>> AddAsync(Guid matterId, HearingDetails details, Actor actor, CancellationToken ct)
    {
        var matter = await db.FindVisibleAsync(matterId, actor, ct);
        if (matter is null) return MatterLookup.NotFound;
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team records hearings.");
        if (Check(details) is { } invalid) return invalid;
        var hearing = new Hearing(Guid.NewGuid(), matterId, details);
        db.Add(hearing);
        matter.Touch(clock.GetUtcNow());
        return await SaveAsync(matter, hearing, ct);
    }

    public async Task<Result<HearingView>> UpdateAsync(Guid matterId, Guid hearingId, HearingDetails details, Actor actor, CancellationToken ct)
    {
        var matter = await db.FindVisibleAsync(matterId, actor, ct);
        if (matter is null) return MatterLookup.NotFound;
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team records hearings.");
        var hearing = await db.Set<Hearing>().FirstOrDefaultAsync(h => h.Id == hearingId && h.MatterId == matterId, ct);
        if (hearing is null) return Error.NotFound("The hearing");
        if (Check(details) is { } invalid) return invalid;
        hearing.Update(details);
        return await SaveAsync(matter, hearing, ct);
    }

    // The hearing and the next hearing's day commit together; a step taken on the matter meanwhile
    // is a conflict to retry, not a deadline lost.
    async Task<Result<HearingView>> SaveAsync(Matter matter, Hearing changed, CancellationToken ct)
    {
        var kept = await runner.SetDateAsync(db, matter.WorkflowInstanceId, DeadlineDefinition.NextHearing, await NextHearingAsync(matter, changed, ct), ct);
        if (!kept.IsSuccess) return kept.Error.ToError();
        var saved = await runner.SaveAsync(db, ct);
        return saved.IsSuccess ? HearingView.Of(changed) : saved.Error.ToError();
    }

    // The first day, from today on in the firm's time zone, on which a recorded hearing or an
    // announced next session falls; none when every one is behind.
    async Task<DateOnly?> NextHearingAsync(Matter matter, Hearing changed, CancellationToken ct)
    {
        var hearings = await db.Set<Hearing>().Where(h => h.MatterId == matter.Id).ToListAsync(ct);
        if (!hearings.Contains(changed)) hearings.Add(changed);
        var zone = calendar.Current.Zone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        return hearings.SelectMany(h => new[] { h.At, h.NextHearingAt })
            .OfType<DateTimeOffset>()
            .Select(at => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime))
            .Where(day => day >= today)
            .Order().Cast<DateOnly?>().FirstOrDefault();
    }

    static Error? Check(HearingDetails d)
    {
        var errors = new Dictionary<string, string[]>();
        if (d.At == default) errors["at"] = ["Enter the hearing's date and time."];
        if (string.IsNullOrWhiteSpace(d.Court)) errors["court"] = ["Enter the court."];
        if (d.Court.Length > 200) errors["court"] = ["The court is at most 200 characters."];
        if (d.NextHearingAt is { } next && next <= d.At) errors["nextHearingAt"] = ["The next hearing must come after this one."];
        if ((d.Notes?.Length ?? 0) > 4000) errors["notes"] = ["Notes are at most 4000 characters."];
        if ((d.Outcome?.Length ?? 0) > 4000) errors["outcome"] = ["The outcome is at most 4000 characters."];
        foreach (var (field, value) in new[] { ("chamber", d.Chamber), ("judge", d.Judge), ("type", d.Type) })
            if ((value?.Length ?? 0) > 200) errors[field] = ["At most 200 characters."];
        return errors.Count > 0 ? Error.Invalid(errors, "The hearing is not valid.") : null;
    }
}
