using Microsoft.Extensions.Logging;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Workflows.Processes.Effects;

// The registry: every effect a step produces goes to its one handler for the subject's kind.
// Publication refuses what SubjectSupport does not allow, so an effect without a handler here
// is a bug: it is logged and thrown, never skipped.
public sealed class EffectHandlers
{
    readonly Dictionary<(Type Effect, SubjectKind Subject), IEffectHandler> _handlers = [];
    readonly ILogger<EffectHandlers> _logger;

    public EffectHandlers(IEnumerable<IEffectHandler> handlers, ILogger<EffectHandlers> logger)
    {
        _logger = logger;
        foreach (var handler in handlers)
        {
            foreach (var subject in handler.Subjects)
            {
                if (!_handlers.TryAdd((handler.Effect, subject), handler))
                    throw new InvalidOperationException($"Two handlers for {handler.Effect.Name} on {subject}: " +
                        $"{_handlers[(handler.Effect, subject)].GetType().Name} and {handler.GetType().Name}.");
            }
        }
    }

    public IEffectHandler? Find(Type effect, SubjectKind subject) => _handlers.GetValueOrDefault((effect, subject));

    public async Task<Result<Done>> RunAsync(EffectContext context, IEnumerable<WorkflowEffect> effects, CancellationToken ct)
    {
        foreach (var effect in effects) context.Then(effect);
        while (context.TryNext(out var effect))
        {
            var kind = context.Subject.SubjectKind;
            var handler = Find(effect.GetType(), kind);
            if (handler is null)
            {
                _logger.LogError("No handler for {Effect} on {Kind} {SubjectId} (instance {InstanceId}): the step is refused.",
                    effect, kind, context.Subject.Id, context.Instance.Id);
                throw new EffectNotHandledException(effect, kind);
            }
            var done = await handler.RunAsync(context, effect, ct);
            if (!done.IsSuccess) return done;
        }
        return Done.Value;
    }
}

public sealed class EffectNotHandledException(WorkflowEffect effect, SubjectKind kind)
    : InvalidOperationException($"No effect handler for {effect} on a {kind}.");
