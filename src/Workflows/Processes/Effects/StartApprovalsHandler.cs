using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Workflows.Processes.Effects;

// Entering an approval state creates its tasks with real people, on every subject kind.
public sealed class StartApprovalsHandler(PortalDb db, WorkflowRunner runner, Deciders deciders) : EffectHandler<StartApprovals>
{
    public override IReadOnlyCollection<SubjectKind> Subjects => SubjectKinds.All;

    protected override async Task<Result<Done>> RunAsync(EffectContext context, StartApprovals effect, CancellationToken ct)
    {
        var steps = await deciders.ApproversAsync(context.Subject, effect.DefaultSteps, ct);
        var started = await runner.StartApprovalsAsync(db, context.Instance.Id, steps, ct);
        if (!started.IsSuccess) return started.Error.ToError();
        context.Then(started.Value.Notify);
        return Done.Value;
    }
}
