using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Runtime;

// The effects a definition asks for, element by element: the runner emits exactly these when it
// fires, and publication checks that the domain can carry out every one of them.
public static class DeclaredEffects
{
    public static IEnumerable<WorkflowEffect> OfTransition(TransitionDefinition transition)
    {
        if (transition.Notify.Count > 0)
            yield return new NotifyParties(transition.Notify);
        if (transition.Render is not null)
            yield return new RenderDocument(transition.Render);
    }

    public static IEnumerable<WorkflowEffect> OnEntry(StateDefinition state)
    {
        if (state.Final)
            yield return new WorkflowCompleted(state.Name);
        else if (state.Kind == StateKind.Approval)
            yield return new StartApprovals(state.Name, state.Approval ?? []);
        else if (state.Kind == StateKind.Signature)
            yield return new StartSignatures(state.Name, state.Signers ?? []);
    }

    // Task states also hand the turn from one person to the next (NotifyAssignees).
    public static IEnumerable<(string Element, WorkflowEffect Effect)> Of(WorkflowDefinition definition)
    {
        foreach (var state in definition.States)
        {
            foreach (var effect in OnEntry(state))
                yield return ($"states[{state.Name}].kind", effect);
            if (state.Kind != StateKind.Normal && !state.Final)
                yield return ($"states[{state.Name}].kind", new NotifyAssignees(state.Name, []));
            for (var i = 0; i < state.Deadlines.Count; i++)
            {
                var deadline = state.Deadlines[i];
                var comment = deadline.Comment ?? new LocalizedText("", "");
                if (deadline.Remind.Count > 0)
                    yield return ($"states[{state.Name}].deadlines[{i}].remind", new DeadlineReminder(state.Name, deadline.Remind, comment));
                if (deadline.Escalate.Count > 0)
                    yield return ($"states[{state.Name}].deadlines[{i}].escalate", new DeadlineEscalation(state.Name, deadline.Escalate, comment));
            }
        }
        foreach (var transition in definition.Transitions)
        {
            foreach (var effect in OfTransition(transition))
                yield return ($"transitions[{transition.Trigger}].{(effect is RenderDocument ? "render" : "notify")}", effect);
        }
    }
}
