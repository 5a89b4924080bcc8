using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Clients;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Access;

// Turns the signed-in principal (or, for the legal team's client preview, a user id) into the
// Actor the use cases reason about: roles, organization and language from the database, not
// from a possibly stale cookie.
internal sealed class Actors(UserManager<PortalUser> users, PortalDb db)
{
    public async Task<Actor?> GetAsync(ClaimsPrincipal principal) =>
        await users.GetUserAsync(principal) is { } user ? await OfAsync(user) : null;

    public async Task<Actor?> ForUserAsync(Guid userId) =>
        await users.FindByIdAsync(userId.ToString()) is { } user ? await OfAsync(user) : null;

    async Task<Actor?> OfAsync(PortalUser user)
    {
        if (!user.IsActive) return null;
        var roles = await users.GetRolesAsync(user);
        // The organization's sharing setting, read on every request like the roles: turning it off
        // hides the colleagues' requests at once.
        var shares = user.ClientId is { } clientId
            && await db.Set<ClientOrganization>().Where(c => c.Id == clientId).Select(c => c.SharesRequests).FirstOrDefaultAsync();
        return new Actor(user.Id, user.DisplayName, roles.ToHashSet(), user.ClientId, user.DepartmentId, user.Language, shares);
    }
}
