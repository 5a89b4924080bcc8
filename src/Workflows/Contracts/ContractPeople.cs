using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Contracts;

// Turns the parties a definition names ("AssignedLawyer", "LegalTeam", "Collaborator") or the
// legal team's per-contract plan into real people. Clients are never among them.
public sealed class ContractPeople(PortalDb db)
{
    public async Task<List<ApprovalStepPlan>> ApproversAsync(Contract contract, IReadOnlyList<ApprovalStepTemplate> defaults, CancellationToken ct)
    {
        var steps = new List<ApprovalStepPlan>();
        if (contract.ApprovalPlan is { Count: > 0 } plan)
        {
            var names = await NamesAsync(plan.SelectMany(s => s.Approvers), ct);
            steps.AddRange(plan.Select(s => new ApprovalStepPlan(s.AnyOne ? ApprovalMode.Any : ApprovalMode.All,
                [.. s.Approvers.Where(names.ContainsKey).Select(a => new Assignee(a.ToString(), names[a]))])));
        }
        else
        {
            foreach (var step in defaults)
            {
                var people = new List<Assignee>();
                foreach (var party in step.Approvers) people.AddRange(await PartyAsync(contract, party, ct));
                steps.Add(new ApprovalStepPlan(step.Mode, [.. people.DistinctBy(p => p.UserId)]));
            }
        }
        steps.RemoveAll(s => s.Approvers.Count == 0);
        if (steps.Count == 0) steps.Add(new ApprovalStepPlan(ApprovalMode.Any, await LegalTeamAsync(ct)));
        return steps;
    }

    public async Task<List<Assignee>> SignersAsync(Contract contract, IReadOnlyList<string> defaults, CancellationToken ct)
    {
        var signers = new List<Assignee>();
        if (contract.SignerPlan is { Count: > 0 } plan)
        {
            var names = await NamesAsync(plan, ct);
            signers.AddRange(plan.Where(names.ContainsKey).Select(s => new Assignee(s.ToString(), names[s])));
        }
        else
        {
            foreach (var party in defaults)
            {
                // One legal-team signature is enough: the assigned lawyer's, or the first member's.
                var people = party == WorkflowRoles.LegalTeam
                    ? (await PartyAsync(contract, WorkflowRoles.AssignedLawyer, ct)).Concat(await LegalTeamAsync(ct)).Take(1).ToList()
                    : await PartyAsync(contract, party, ct);
                signers.AddRange(people);
            }
        }
        signers = [.. signers.DistinctBy(s => s.UserId)];
        if (signers.Count == 0) signers.AddRange((await LegalTeamAsync(ct)).Take(1));
        return signers;
    }

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

    async Task<List<Assignee>> PartyAsync(Contract contract, string party, CancellationToken ct) => party switch
    {
        WorkflowRoles.AssignedLawyer when contract.AssignedLawyerId is { } lawyer =>
            [.. (await NamesAsync([lawyer], ct)).Select(p => new Assignee(p.Key.ToString(), p.Value))],
        WorkflowRoles.LegalTeam => await LegalTeamAsync(ct),
        WorkflowRoles.Collaborator when contract.ClientId is { } client => await InRoleAsync(Roles.Collaborator, client, ct),
        _ => [],
    };

    async Task<List<Assignee>> LegalTeamAsync(CancellationToken ct)
    {
        var team = await InRoleAsync(Roles.LegalTeam, null, ct);
        return team.Count > 0 ? team : await InRoleAsync(Roles.Admin, null, ct);
    }

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
