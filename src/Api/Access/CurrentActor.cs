using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Access;

// Turns the signed-in principal into the Actor the use cases reason about (roles from the
// database, not from a possibly stale cookie).
internal sealed class CurrentActor(UserManager<PortalUser> users)
{
    public async Task<Actor?> GetAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is not { IsActive: true }) return null;
        var roles = await users.GetRolesAsync(user);
        return new Actor(user.Id, user.DisplayName, roles.ToHashSet(), user.ClientId, user.DepartmentId, user.Language);
    }
}
