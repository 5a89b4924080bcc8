using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Matters;

internal static class MatterLookup
{
    public static readonly Error NotFound = Error.NotFound("The matter");

    // The matter if this person may see it; otherwise the same answer as a matter that does not exist.
    public static async Task<Matter?> FindVisibleAsync(this PortalDb db, Guid id, Actor actor, CancellationToken ct) =>
        await db.Set<Matter>().VisibleTo(actor).FirstOrDefaultAsync(m => m.Id == id, ct);
}
