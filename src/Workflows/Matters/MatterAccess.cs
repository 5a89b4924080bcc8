using WorkflowPortal.Workflows.Access;

namespace WorkflowPortal.Workflows.Matters;

// The one rule for who sees which matter. Legal-team members see every matter. A portal user
// sees the matters they submitted and, when their organization shares matters among its people,
// every matter of their organization. Everything else does not exist for them (404, never 403).
public static class MatterAccess
{
    public static IQueryable<Matter> VisibleTo(this IQueryable<Matter> matters, Actor actor)
    {
        if (actor.IsLegalTeam) return matters;
        var userId = actor.UserId;
        if (actor.SeesOrganizationMatters && actor.ClientId is { } clientId)
            return matters.Where(m => m.RequesterId == userId || m.ClientId == clientId);
        return matters.Where(m => m.RequesterId == userId);
    }
}
