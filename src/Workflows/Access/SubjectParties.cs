using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Workflows.Access;

public sealed record Person(Guid Id, string DisplayName);

// The one place that answers who is who on a subject: the legal team, the responsible lawyer,
// the client's collaborators, the people a definition's party names mean. Matters, litigation
// cases and contracts get the same answers.
public sealed class SubjectParties(PortalDb db)
{
    List<(Person Person, string Role)>? _staff;

    // Active members of the LegalTeam role; the administrators only while that role is empty,
    // so that someone always hears. Read once per unit of work.
    public async Task<IReadOnlyList<Person>> LegalTeamAsync(CancellationToken ct)
    {
        var staff = await StaffAsync(ct);
        var team = staff.Where(s => s.Role == Roles.LegalTeam).Select(s => s.Person).DistinctBy(p => p.Id).ToList();
        return team.Count > 0 ? team : await AdminsAsync(ct);
    }

    public async Task<IReadOnlyList<Person>> AdminsAsync(CancellationToken ct) =>
        [.. (await StaffAsync(ct)).Where(s => s.Role == Roles.Admin).Select(s => s.Person).DistinctBy(p => p.Id)];

    // Legal team and administrators work on the team's pages; everyone else on the portal's.
    public async Task<bool> IsStaffAsync(Guid userId, CancellationToken ct) => (await StaffAsync(ct)).Any(s => s.Person.Id == userId);

    async Task<List<(Person Person, string Role)>> StaffAsync(CancellationToken ct)
    {
        if (_staff is not null) return _staff;
        var rows = await (from user in db.Users
                          join link in db.UserRoles on user.Id equals link.UserId
                          join role in db.Roles on link.RoleId equals role.Id
                          where (role.Name == Roles.LegalTeam || role.Name == Roles.Admin) && user.Status == PortalUserStatus.Active
                          orderby user.DisplayName
                          select new { user.Id, user.DisplayName, Role = role.Name! }).ToListAsync(ct);
        _staff = [.. rows.Select(r => (new Person(r.Id, r.DisplayName), r.Role))];
        return _staff;
    }

    // The assigned lawyer, or the whole legal team while nobody is assigned.
    public async Task<IReadOnlyList<Person>> ResponsibleAsync(IWorkflowSubject subject, CancellationToken ct) =>
        subject.AssignedLawyerId is { } lawyer ? await PeopleAsync([lawyer], ct) : await LegalTeamAsync(ct);

    // Who a definition's party name means on this subject. `AssignedLawyer` is only the lawyer
    // (nobody while unassigned): approvals and signatures need that person, not a stand-in.
    public async Task<IReadOnlyList<Person>> OfAsync(IWorkflowSubject subject, string party, CancellationToken ct) => party switch
    {
        WorkflowRoles.Requester => await PeopleAsync([subject.RequesterId], ct),
        WorkflowRoles.AssignedLawyer => subject.AssignedLawyerId is { } lawyer ? await PeopleAsync([lawyer], ct) : [],
        WorkflowRoles.LegalTeam => await LegalTeamAsync(ct),
        WorkflowRoles.Admin => await AdminsAsync(ct),
        WorkflowRoles.Collaborator when subject.ClientId is { } client => await CollaboratorsAsync(client, ct),
        Engine.Deadlines.DeadlineRules.Approvers => await WaitingDecidersAsync(subject.WorkflowInstanceId, ct),
        _ => [],
    };

    // Everyone a list of party names reaches on this subject, each once, with whether they are on
    // the client's side (they read the client-facing label and open the portal's page). An
    // assigned lawyer stands for the team while nobody is assigned, so that someone hears.
    public async Task<IReadOnlyDictionary<Guid, bool>> AudienceAsync(IWorkflowSubject subject, IEnumerable<string> partyNames, CancellationToken ct)
    {
        var audience = new Dictionary<Guid, bool>();
        foreach (var party in partyNames.Distinct())
        {
            var people = party == WorkflowRoles.AssignedLawyer ? await ResponsibleAsync(subject, ct) : await OfAsync(subject, party, ct);
            var clientSide = party is WorkflowRoles.Requester or WorkflowRoles.Collaborator;
            foreach (var person in people)
                audience.TryAdd(person.Id, party == Engine.Deadlines.DeadlineRules.Approvers ? !await IsLegalTeamMemberAsync(person.Id, ct) : clientSide);
        }
        return audience;
    }

    public async Task<bool> IsLegalTeamMemberAsync(Guid userId, CancellationToken ct) =>
        await (from user in db.Users
               join link in db.UserRoles on user.Id equals link.UserId
               join role in db.Roles on link.RoleId equals role.Id
               where user.Id == userId && user.Status == PortalUserStatus.Active && (role.Name == Roles.Admin || role.Name == Roles.LegalTeam)
               select user.Id).AnyAsync(ct);

    public async Task<IReadOnlyList<Person>> PeopleAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Status == PortalUserStatus.Active)
            .Select(u => new Person(u.Id, u.DisplayName)).ToListAsync(ct);

    // Whoever holds an approval or a signature that is waiting now (a collaborator may).
    async Task<IReadOnlyList<Person>> WaitingDecidersAsync(Guid instanceId, CancellationToken ct)
    {
        var approvers = await db.Set<Engine.Approvals.ApprovalTask>().AsNoTracking()
            .Where(t => t.InstanceId == instanceId && t.Status == Engine.Approvals.WorkflowTaskStatus.Pending).Select(t => t.AssigneeId).ToListAsync(ct);
        var signers = await db.Set<Engine.Signatures.SignatureTask>().AsNoTracking()
            .Where(t => t.InstanceId == instanceId && t.Status == Engine.Approvals.WorkflowTaskStatus.Pending).Select(t => t.SignerId).ToListAsync(ct);
        var ids = approvers.Concat(signers).Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        return ids.Count == 0 ? [] : await PeopleAsync(ids, ct);
    }

    async Task<IReadOnlyList<Person>> CollaboratorsAsync(Guid clientId, CancellationToken ct) =>
        await (from user in db.Users
               join link in db.UserRoles on user.Id equals link.UserId
               join role in db.Roles on link.RoleId equals role.Id
               where role.Name == Roles.Collaborator && user.Status == PortalUserStatus.Active && user.ClientId == clientId
               orderby user.DisplayName
               select new Person(user.Id, user.DisplayName)).ToListAsync(ct);
}
