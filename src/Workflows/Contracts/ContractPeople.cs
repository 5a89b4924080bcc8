using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Contracts;

// Who the legal team may choose as a contract's approvers and signers. Clients are never among
// them. (The definition's parties become people in Processes.Effects.Deciders.)
public sealed class ContractPeople(PortalDb db)
{
    // Who may be an approver or a signer: active legal-team members and collaborators of the contract's client.
    public async Task<Result<Dictionary<Guid, string>>> CheckDecidersAsync(Contract contract, IEnumerable<Guid> ids, string field, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        var allowed = await (from user in db.Users
                             join link in db.UserRoles on user.Id equals link.UserId
                             join role in db.Roles on link.RoleId equals role.Id
                             where wanted.Contains(user.Id) && user.Status == PortalUserStatus.Active
                                 && (role.Name == Roles.Admin || role.Name == Roles.LegalTeam
                                     || (role.Name == Roles.Collaborator && user.ClientId == contract.ClientId))
                             select new { user.Id, user.DisplayName }).Distinct().ToListAsync(ct);
        var missing = wanted.Except(allowed.Select(a => a.Id)).ToList();
        if (missing.Count > 0)
            return Error.Invalid(field, "Approvers and signers are active legal-team members or collaborators of this contract's client.");
        return allowed.ToDictionary(a => a.Id, a => a.DisplayName);
    }

    // Whom the legal team may choose as approvers and signers on this contract.
    public async Task<IReadOnlyList<Assignee>> CandidatesAsync(Contract contract, CancellationToken ct)
    {
        var team = (await InRoleAsync(Roles.LegalTeam, null, ct)).Concat(await InRoleAsync(Roles.Admin, null, ct));
        var collaborators = contract.ClientId is { } client ? await InRoleAsync(Roles.Collaborator, client, ct) : [];
        return [.. team.Concat(collaborators).DistinctBy(a => a.UserId)];
    }

    public async Task<IReadOnlyList<Assignee>> LegalTeamMembersAsync(CancellationToken ct) =>
        [.. (await InRoleAsync(Roles.LegalTeam, null, ct)).Concat(await InRoleAsync(Roles.Admin, null, ct)).DistinctBy(a => a.UserId)];

    async Task<List<Assignee>> InRoleAsync(string roleName, Guid? clientId, CancellationToken ct)
    {
        var rows = await (from user in db.Users
                          join link in db.UserRoles on user.Id equals link.UserId
                          join role in db.Roles on link.RoleId equals role.Id
                          where role.Name == roleName && user.Status == PortalUserStatus.Active && (clientId == null || user.ClientId == clientId)
                          orderby user.DisplayName
                          select new { user.Id, user.DisplayName }).ToListAsync(ct);
        return [.. rows.Select(r => new Assignee(r.Id.ToString(), r.DisplayName))];
    }

    public async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }
}
