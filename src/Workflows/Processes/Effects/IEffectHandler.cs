using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Workflows.Processes.Effects;

// Carries out one kind of effect (Effect) for the subject kinds it names, inside the caller's
// unit of work. EffectHandlers allows exactly one handler per (effect, subject kind).
public interface IEffectHandler
{
    Type Effect { get; }

    IReadOnlyCollection<SubjectKind> Subjects { get; }

    Task<Result<Done>> RunAsync(EffectContext context, WorkflowEffect effect, CancellationToken ct);
}

public abstract class EffectHandler<T> : IEffectHandler where T : WorkflowEffect
{
    public Type Effect => typeof(T);

    public abstract IReadOnlyCollection<SubjectKind> Subjects { get; }

    public Task<Result<Done>> RunAsync(EffectContext context, WorkflowEffect effect, CancellationToken ct) =>
        RunAsync(context, (T)effect, ct);

    protected abstract Task<Result<Done>> RunAsync(EffectContext context, T effect, CancellationToken ct);
}
