using WorkflowPortal.Engine.Conditions;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Workflows.Processes.Designer;

// A transition as the designer edits it. `From` may hold "*" (every non-final state).
public sealed class DesignTransition
{
    public string Trigger { get; set; } = "";
    public List<string> From { get; set; } = [];
    public string To { get; set; } = "";
    public string? LabelEn { get; set; }
    public string? LabelAr { get; set; }
    public TransitionAction Action { get; set; }
    public List<string> Allowed { get; set; } = [];
    public List<string> Guards { get; set; } = [];
    public List<string> Requires { get; set; } = [];
    public List<string> Notify { get; set; } = [];
    public string? Render { get; set; }

    // The engine's condition itself: the builder (DesignCondition) writes it back on each edit only,
    // so an imported condition round-trips exactly as written.
    public Condition? When { get; set; }

    public bool IsGlobal => From.Contains(TransitionDefinition.AnyState);

    public static DesignTransition Of(TransitionDefinition transition) => new()
    {
        Trigger = transition.Trigger,
        From = [.. transition.From],
        To = transition.To,
        LabelEn = transition.Label?.En,
        LabelAr = transition.Label?.Ar,
        Action = transition.Action,
        Allowed = [.. transition.Allowed],
        Guards = [.. transition.Guards],
        Requires = [.. transition.Requires],
        Notify = [.. transition.Notify],
        Render = transition.Render,
        When = transition.When,
    };

    public TransitionDefinition ToDefinition() => new(Trigger, [.. From], To, DesignText.Of(LabelEn, LabelAr))
    {
        Action = Action,
        Allowed = [.. Allowed],
        Guards = [.. Guards],
        Requires = [.. Requires],
        Notify = [.. Notify],
        Render = string.IsNullOrWhiteSpace(Render) ? null : Render.Trim(),
        When = When,
    };
}
