using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Contracts.Milestones;

internal static class MilestonePeople
{
    public static async Task<List<Guid>> LegalTeamAsync(PortalDb db, CancellationToken ct) =>
        await (from user in db.Users
               join link in db.UserRoles on user.Id equals link.UserId
               join role in db.Roles on link.RoleId equals role.Id
               where role.Name == Roles.LegalTeam && user.Status == PortalUserStatus.Active
               select user.Id).Distinct().ToListAsync(ct);
}
