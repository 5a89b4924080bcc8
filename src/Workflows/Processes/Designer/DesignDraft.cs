using WorkflowPortal.Engine.Conditions;
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

    public FieldDefinition AddField()
    {
        var field = new FieldDefinition(UniqueName("field", n => Fields.Any(f => f.Name == n)), new LocalizedText());
        Fields.Add(field);
        return field;
    }

    // Renaming a field renames what reads it (required fields, conditions, conditional approvers,
    // date deadlines), unless another field still carries the old name.
    public void RenameField(int index, string newName)
    {
        var old = Fields[index].Name;
        if (old == newName) return;
        Fields[index] = Fields[index] with { Name = newName };
        if (string.IsNullOrWhiteSpace(old) || Fields.Any(f => f.Name == old)) return;
        foreach (var transition in Transitions)
        {
            transition.Requires = [.. transition.Requires.Select(r => r == old ? newName : r)];
            if (transition.When is { } when) transition.When = Renamed(when, old, newName);
        }
        foreach (var state in States)
        {
            state.Approval = state.Approval?.Select(a => a.When is { } when ? a with { When = Renamed(when, old, newName) } : a).ToList();
            state.Deadlines = [.. state.Deadlines.Select(d => d.Field == old ? d with { Field = newName } : d)];
        }
    }

    // Where a field is read, as the validator names elements: a field in use is not removed.
    public IReadOnlyList<string> FieldUses(string name) =>
        [.. Transitions.Where(t => t.Requires.Contains(name) || t.When?.Fields().Contains(name) == true)
                .Select(t => $"transitions[{t.Trigger}]").Distinct(),
            .. States.Where(s => s.Deadlines.Any(d => d.Field == name) || s.Approval?.Any(a => a.When?.Fields().Contains(name) == true) == true)
                .Select(s => $"states[{s.Name}]")];

    static Condition Renamed(Condition condition, string old, string name) => condition with
    {
        All = condition.All?.Select(c => Renamed(c, old, name)).ToList(),
        Any = condition.Any?.Select(c => Renamed(c, old, name)).ToList(),
        Field = condition.Field == old ? name : condition.Field,
    };

    static string UniqueName(string stem, Func<string, bool> taken)
    {
        var i = 1;
        while (taken(stem + i)) i++;
        return stem + i;
    }
}
