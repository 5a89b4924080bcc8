using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Matters;

// Court sessions. The legal team records them; clients see the ones marked visible.
public sealed class MatterHearings(PortalDb db, TimeProvider clock)
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
        await db.SaveChangesAsync(ct);
        return HearingView.Of(hearing);
    }

    public async Task<Result<HearingView>> UpdateAsync(Guid matterId, Guid hearingId, HearingDetails details, Actor actor, CancellationToken ct)
    {
        if (await db.FindVisibleAsync(matterId, actor, ct) is null) return MatterLookup.NotFound;
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team records hearings.");
        var hearing = await db.Set<Hearing>().FirstOrDefaultAsync(h => h.Id == hearingId && h.MatterId == matterId, ct);
        if (hearing is null) return Error.NotFound("The hearing");
        if (Check(details) is { } invalid) return invalid;
        hearing.Update(details);
        await db.SaveChangesAsync(ct);
        return HearingView.Of(hearing);
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
