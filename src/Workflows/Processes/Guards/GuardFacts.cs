using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Contracts.Milestones;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Workflows.Processes.Guards;

// The named guards that hold for a subject now, computed before the machine is built (guards
// are synchronous and never query). Only the guards the pinned definition names are computed.
public sealed class GuardFacts(PortalDb db)
{
    public async Task<IReadOnlyCollection<string>> HeldAsync(IWorkflowSubject subject, WorkflowDefinition definition, CancellationToken ct)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in definition.Transitions.SelectMany(t => t.Guards).Distinct())
        {
            if (GuardCatalog.Find(name) is not { } found) continue;
            if (await HoldsAsync(subject, found.Guard.Name, found.Key, ct)) held.Add(name);
        }
        return held;
    }

    async Task<bool> HoldsAsync(IWorkflowSubject subject, string guard, string? key, CancellationToken ct) => guard switch
    {
        GuardCatalog.AssigneeSet => subject.AssignedLawyerId is not null,
        GuardCatalog.FieldFilled => subject.Fields.Any(f => f.Key == key && f.Values.Any(v => !string.IsNullOrWhiteSpace(v))),
        GuardCatalog.HasAttachment when subject is Contract => await db.Set<ContractVersion>().AnyAsync(v => v.ContractId == subject.Id, ct),
        GuardCatalog.HasAttachment => await db.Set<MatterAttachment>().AnyAsync(a => a.MatterId == subject.Id, ct),
        GuardCatalog.AllMilestonesDone => !await db.Set<Milestone>().AnyAsync(m => m.ContractId == subject.Id
            && m.Status != MilestoneStatus.Completed && m.Status != MilestoneStatus.Cancelled, ct),
        _ => false,
    };
}
