using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Workflows.Processes.Effects;

// Finishing needs nothing beyond the status mirror, which WorkflowSteps has already updated.
public sealed class WorkflowCompletedHandler : EffectHandler<WorkflowCompleted>
{
    public override IReadOnlyCollection<SubjectKind> Subjects => SubjectKinds.All;

    protected override Task<Result<Done>> RunAsync(EffectContext context, WorkflowCompleted effect, CancellationToken ct) =>
        Task.FromResult<Result<Done>>(Done.Value);
}
