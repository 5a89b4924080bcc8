using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Searching;

namespace WorkflowPortal.Workflows.People;

// The people lists and what an administrator does to an account. Administrators manage the legal
// team; the legal team manages portal users. A portal user manages nobody.
public sealed class PeopleDirectory(PortalDb db, UserManager<PortalUser> users)
{
    static readonly string[] TeamRoles = [Roles.Admin, Roles.LegalTeam];
    static readonly string[] PortalRoles = [Roles.Client, Roles.Collaborator];

    public async Task<Result<Page<PersonView>>> ListTeamAsync(PageQuery query, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return Error.Forbidden("Only an administrator manages the legal team.");
        return await ListAsync(query, TeamRoles, null, ct);
    }

    public async Task<Result<Page<PersonView>>> ListPortalUsersAsync(PageQuery query, Guid? clientId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team manages portal users.");
        return await ListAsync(query, PortalRoles, clientId, ct);
    }

    public async Task<Result<PersonView>> GetAsync(Guid userId, Actor actor, CancellationToken ct)
    {
        var target = await TargetAsync(db, users, userId, actor, ct);
        if (!target.IsSuccess) return target.Error;
        var role = (await users.GetRolesAsync(target.Value)).FirstOrDefault() ?? "";
        return View(target.Value, role);
    }

    public async Task<Result<PersonView>> ChangeRoleAsync(Guid userId, string? role, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return Error.Forbidden("Only an administrator changes roles.");
        if (role is not (Roles.Admin or Roles.LegalTeam)) return Error.Invalid("role", "role must be Admin or LegalTeam.");
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return Error.NotFound("The team member");
        var current = await users.GetRolesAsync(user);
        if (!current.Any(TeamRoles.Contains)) return Error.NotFound("The team member");
        if (user.Id == actor.UserId && role != Roles.Admin)
            return Error.Conflict("own_role", "You cannot remove your own administrator role; ask another administrator.");

        await users.RemoveFromRolesAsync(user, current.Where(TeamRoles.Contains));
        await users.AddToRoleAsync(user, role);
        // The old role lives in cookies and tokens: a new stamp makes them re-read it.
        await users.UpdateSecurityStampAsync(user);
        return View(user, role);
    }

    public async Task<Result<PersonView>> DeactivateAsync(Guid userId, Actor actor, CancellationToken ct)
    {
        var target = await TargetAsync(db, users, userId, actor, ct);
        if (!target.IsSuccess) return target.Error;
        var user = target.Value;
        if (user.Id == actor.UserId) return Error.Conflict("own_account", "You cannot deactivate your own account.");
        user.Deactivate();
        // Sessions and API tokens carry the stamp: changing it ends them all.
        await users.UpdateSecurityStampAsync(user);
        return View(user, (await users.GetRolesAsync(user)).FirstOrDefault() ?? "");
    }

    public async Task<Result<PersonView>> ReactivateAsync(Guid userId, Actor actor, CancellationToken ct)
    {
        var target = await TargetAsync(db, users, userId, actor, ct);
        if (!target.IsSuccess) return target.Error;
        var user = target.Value;
        if (user.Status != PortalUserStatus.Deactivated) return Error.Conflict("not_deactivated", "This account is not deactivated.");
        user.Reactivate();
        await users.UpdateAsync(user);
        return View(user, (await users.GetRolesAsync(user)).FirstOrDefault() ?? "");
    }

    // The account an actor may manage: team members for administrators, portal users for the legal team.
    internal static async Task<Result<PortalUser>> TargetAsync(PortalDb db, UserManager<PortalUser> users, Guid userId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team manages accounts.");
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return Error.NotFound("The person");
        var roles = await users.GetRolesAsync(user);
        if (roles.Any(TeamRoles.Contains) && !actor.IsAdmin) return Error.Forbidden("Only an administrator manages legal-team members.");
        return user;
    }

    async Task<Result<Page<PersonView>>> ListAsync(PageQuery query, string[] roleNames, Guid? clientId, CancellationToken ct)
    {
        if (query.Validate() is { } invalid) return invalid;
        var rows = InRoles(db, roleNames).AsNoTracking();
        if (clientId is { } client) rows = rows.Where(u => u.ClientId == client);
        rows = rows.Matching(query.Search);
        if (query.DecodedCursor is { } after) rows = rows.Where(u => string.Compare(u.NormalizedEmail, after) > 0);
        var page = await rows.OrderBy(u => u.NormalizedEmail).Take(query.Take + 1).ToListAsync(ct);

        var ids = page.Select(u => u.Id).ToList();
        var roleOf = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ids.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync(ct);
        return PageQuery.Paged(page, query.Take, u => u.NormalizedEmail!,
            u => View(u, roleOf.FirstOrDefault(x => x.UserId == u.Id)?.Name ?? ""));
    }

    // The portal users (clients and collaborators) as the legal team's list reads them; global search too.
    internal static IQueryable<PortalUser> PortalUsers(PortalDb db) => InRoles(db, PortalRoles);

    static IQueryable<PortalUser> InRoles(PortalDb db, string[] roleNames)
    {
        var roleIds = db.Roles.Where(r => roleNames.Contains(r.Name!)).Select(r => r.Id);
        return db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
    }

    internal static PersonView View(PortalUser u, string role) => new(
        u.Id, u.Email ?? "", u.DisplayName, role, u.Status.ToString(), u.Language,
        u.ClientId, u.DepartmentId, u.TwoFactorEnabled, u.CreatedAt, u.InvitedAt);
}
