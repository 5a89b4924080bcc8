using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Workflows.Processes.Designer;

// The designer's whole editable workflow. `From` and `ToDefinition` are inverse: whatever the
// canvas does not show (fields, client labels, guards, templates) is carried through untouched.
public sealed class DesignDraft
{
    public string Key { get; set; } = "";
    public string? Schema { get; set; }
    public int Version { get; set; }
    public string? NameEn { get; set; }
    public string? NameAr { get; set; }
    public string InitialState { get; set; } = "";
    public List<FieldDefinition> Fields { get; set; } = [];
    public List<DesignState> States { get; } = [];
    public List<DesignTransition> Transitions { get; } = [];

    // States without a saved position get one from the layered layout.
    public static DesignDraft From(WorkflowDefinition definition)
    {
        var layout = WorkflowLayout.Arrange(definition);
        var draft = new DesignDraft
        {
            Key = definition.Key,
            Schema = definition.Schema,
            Version = definition.Version,
            NameEn = definition.Name?.En,
            NameAr = definition.Name?.Ar,
            InitialState = definition.InitialState,
            Fields = [.. definition.Fields],
        };
        draft.States.AddRange(definition.States.Select(s => DesignState.Of(s, s.Position ?? layout[s.Name])));
        draft.Transitions.AddRange(definition.Transitions.Select(DesignTransition.Of));
        return draft;
    }

    public static DesignDraft Empty(string key, string? nameEn, string? nameAr) =>
        new() { Key = key, NameEn = nameEn, NameAr = nameAr };

    public WorkflowDefinition ToDefinition() =>
        new(Key, InitialState, [.. States.Select(s => s.ToDefinition())], [.. Transitions.Select(t => t.ToDefinition())],
            DesignText.Of(NameEn, NameAr))
        {
            Schema = Schema,
            Version = Version,
            Fields = [.. Fields],
        };

    public DesignState? FindState(string name) => States.FirstOrDefault(s => s.Name == name);

    public DesignTransition? FindTransition(string trigger) => Transitions.FirstOrDefault(t => t.Trigger == trigger);

    public DesignState AddState(double x, double y)
    {
        var state = new DesignState { Name = UniqueName("State", n => FindState(n) is not null), X = x, Y = y };
        if (States.Count == 0)
        {
            state.Category = StateCategory.Open;
            InitialState = state.Name;
        }
        States.Add(state);
        return state;
    }

    public DesignTransition Connect(string from, string to)
    {
        var transition = new DesignTransition
        {
            Trigger = UniqueName("Move", n => FindTransition(n) is not null),
            From = [from],
            To = to,
            Allowed = [WorkflowRoles.LegalTeam],
        };
        Transitions.Add(transition);
        return transition;
    }

    // Renaming a state renames it everywhere it is referred to, so links never dangle.
    public void RenameState(DesignState state, string newName)
    {
        var old = state.Name;
        if (old == newName || string.IsNullOrWhiteSpace(newName)) return;
        state.Name = newName;
        if (InitialState == old) InitialState = newName;
        foreach (var transition in Transitions)
        {
            transition.From = [.. transition.From.Select(f => f == old ? newName : f)];
            if (transition.To == old) transition.To = newName;
        }
    }

    // A deleted state takes its incoming transitions along, and leaves transitions from several states.
    public void RemoveState(DesignState state)
    {
        States.Remove(state);
        Transitions.RemoveAll(t => t.To == state.Name || (t.From.Count == 1 && t.From[0] == state.Name));
        foreach (var transition in Transitions)
            transition.From.Remove(state.Name);
        if (InitialState == state.Name) InitialState = States.FirstOrDefault()?.Name ?? "";
    }

    public void RemoveTransition(DesignTransition transition) => Transitions.Remove(transition);

    public void ApplyLayout()
    {
        var layout = WorkflowLayout.Arrange(ToDefinition() with { States = [.. States.Select(s => s.ToDefinition() with { Position = null })] });
        foreach (var state in States)
            (state.X, state.Y) = (layout[state.Name].X, layout[state.Name].Y);
    }

    static string UniqueName(string stem, Func<string, bool> taken)
    {
        var i = 1;
        while (taken(stem + i)) i++;
        return stem + i;
    }
}
