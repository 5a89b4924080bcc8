using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Workflows.Processes.Effects;

// Turns the parties a definition names ("AssignedLawyer", "LegalTeam", "Collaborator") or the
// legal team's plan for a subject into the real people of its approval and signature tasks.
public sealed class Deciders(SubjectParties parties)
{
    public async Task<List<ApprovalStepPlan>> ApproversAsync(IWorkflowSubject subject, IReadOnlyList<ApprovalStepTemplate> defaults, CancellationToken ct)
    {
        var steps = new List<ApprovalStepPlan>();
        if (subject.ApprovalPlan is { Count: > 0 } plan)
        {
            var people = (await parties.PeopleAsync([.. plan.SelectMany(s => s.Approvers).Distinct()], ct)).ToDictionary(p => p.Id);
            steps.AddRange(plan.Select(s => new ApprovalStepPlan(s.AnyOne ? ApprovalMode.Any : ApprovalMode.All,
                [.. s.Approvers.Where(people.ContainsKey).Select(a => Of(people[a]))])));
            // A plan replaces the workflow's ordinary steps, not its rules: a step whose condition
            // holds (the board above a value) still follows the plan.
            steps.AddRange(await PartiesStepsAsync(subject, [.. defaults.Where(s => s.When is not null)], ct));
        }
        else
        {
            steps.AddRange(await PartiesStepsAsync(subject, defaults, ct));
        }
        steps.RemoveAll(s => s.Approvers.Count == 0);
        if (steps.Count == 0) steps.Add(new ApprovalStepPlan(ApprovalMode.Any, [.. (await parties.LegalTeamAsync(ct)).Select(Of)]));
        return steps;
    }

    async Task<List<ApprovalStepPlan>> PartiesStepsAsync(IWorkflowSubject subject, IReadOnlyList<ApprovalStepTemplate> templates, CancellationToken ct)
    {
        var steps = new List<ApprovalStepPlan>();
        foreach (var step in templates)
        {
            var people = new List<Person>();
            foreach (var party in step.Approvers) people.AddRange(await parties.OfAsync(subject, party, ct));
            steps.Add(new ApprovalStepPlan(step.Mode, [.. people.DistinctBy(p => p.Id).Select(Of)]));
        }
        return steps;
    }

    public async Task<List<Assignee>> SignersAsync(IWorkflowSubject subject, IReadOnlyList<string> defaults, CancellationToken ct)
    {
        var signers = new List<Person>();
        if (subject.SignerPlan is { Count: > 0 } plan)
        {
            var people = (await parties.PeopleAsync([.. plan.Distinct()], ct)).ToDictionary(p => p.Id);
            signers.AddRange(plan.Where(people.ContainsKey).Select(s => people[s]));
        }
        else
        {
            foreach (var party in defaults)
            {
                // One legal-team signature is enough: the assigned lawyer's, or the first member's.
                var people = party == WorkflowRoles.LegalTeam
                    ? (await parties.OfAsync(subject, WorkflowRoles.AssignedLawyer, ct)).Concat(await parties.LegalTeamAsync(ct)).Take(1)
                    : await parties.OfAsync(subject, party, ct);
                signers.AddRange(people);
            }
        }
        signers = [.. signers.DistinctBy(s => s.Id)];
        if (signers.Count == 0) signers.AddRange((await parties.LegalTeamAsync(ct)).Take(1));
        return [.. signers.Select(Of)];
    }

    static Assignee Of(Person person) => new(person.Id.ToString(), person.DisplayName);
}
