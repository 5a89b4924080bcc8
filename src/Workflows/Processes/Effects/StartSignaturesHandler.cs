using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Workflows.Processes.Effects;

// Entering a signature state creates the signers' tasks, in order, on every subject kind.
public sealed class StartSignaturesHandler(PortalDb db, WorkflowRunner runner, Deciders deciders) : EffectHandler<StartSignatures>
{
    public override IReadOnlyCollection<SubjectKind> Subjects => SubjectKinds.All;

    protected override async Task<Result<Done>> RunAsync(EffectContext context, StartSignatures effect, CancellationToken ct)
    {
        var signers = await deciders.SignersAsync(context.Subject, effect.DefaultSigners, ct);
        var started = await runner.StartSignaturesAsync(db, context.Instance.Id, signers, ct);
        if (!started.IsSuccess) return started.Error.ToError();
        context.Then(started.Value.Notify);
        return Done.Value;
    }
}
