using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Workflows.Processes.Effects;

// What publication allows, per subject kind: an effect kind, or a document a `render` names.
// EffectHandlers must have a handler for every pair allowed here (a test enumerates them).
public static class SubjectSupport
{
    static readonly SubjectKind[] Every = [.. SubjectKinds.All];

    static readonly Dictionary<Type, SubjectKind[]> Effects = new()
    {
        [typeof(NotifyParties)] = Every,
        [typeof(NotifyAssignees)] = Every,
        [typeof(StartApprovals)] = Every,
        [typeof(StartSignatures)] = Every,
        [typeof(WorkflowCompleted)] = Every,
        [typeof(RenderDocument)] = [SubjectKind.Contract],
        [typeof(Engine.Deadlines.DeadlineReminder)] = Every,
        [typeof(Engine.Deadlines.DeadlineEscalation)] = Every,
    };

    // The documents a `render` may name, and the subjects they can be rendered for (a subset of
    // RenderDocument's kinds above).
    public static readonly IReadOnlyDictionary<string, SubjectKind[]> Documents = new Dictionary<string, SubjectKind[]>
    {
        ["signed-contract"] = [SubjectKind.Contract],
    };

    public static IReadOnlyCollection<Type> EffectKinds => Effects.Keys;

    public static bool Supports(Type effect, SubjectKind kind) => Effects.TryGetValue(effect, out var kinds) && kinds.Contains(kind);

    public static bool Supports(WorkflowEffect effect, SubjectKind kind) =>
        Supports(effect.GetType(), kind)
        && (effect is not RenderDocument render || (Documents.TryGetValue(render.Template, out var kinds) && kinds.Contains(kind)));
}
