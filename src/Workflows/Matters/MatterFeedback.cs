using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Matters;

// Once a matter is done, its requester rates the service (1 to 5, with an optional remark).
public sealed class MatterFeedback(PortalDb db, TimeProvider clock)
{
    public async Task<Result<Done>> RateAsync(Guid matterId, int? rating, string? remark, Actor actor, CancellationToken ct)
    {
        var matter = await db.FindVisibleAsync(matterId, actor, ct);
        if (matter is null) return MatterLookup.NotFound;
        if (matter.RequesterId != actor.UserId) return Error.Forbidden("Only the person who made the request rates it.");
        if (!matter.IsDone) return Error.Conflict("not_done", "A request can be rated once it is closed.");
        if (matter.Rating is not null) return Error.Conflict("already_rated", "This request has already been rated.");
        if (rating is not (>= 1 and <= 5)) return Error.Invalid("rating", "Choose a rating from 1 to 5.");
        if ((remark?.Length ?? 0) > 2000) return Error.Invalid("remark", "The remark is at most 2000 characters.");
        matter.Rate(rating.Value, string.IsNullOrWhiteSpace(remark) ? null : remark.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }
}
