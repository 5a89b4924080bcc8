using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Processes.Subjects;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Processes.Effects;

// One step's effects: the subject, the instance and the state it is now in, who moved it.
// A handler may queue further effects (starting approvals hands the turn to the first approvers).
public sealed class EffectContext(IWorkflowSubject subject, WorkflowInstance instance, StateDefinition state, Actor actor)
{
    readonly Queue<WorkflowEffect> _next = new();

    public IWorkflowSubject Subject => subject;

    public WorkflowInstance Instance => instance;

    public StateDefinition State => state;

    public Actor Actor => actor;

    public void Then(WorkflowEffect effect) => _next.Enqueue(effect);

    internal bool TryNext(out WorkflowEffect effect) => _next.TryDequeue(out effect!);
}
