using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Workflows.Processes.Designer;

// A layered layout for definitions drawn before the designer existed: each state sits in the
// column of its shortest distance from the initial state, in declaration order within a column.
// Global ("*") transitions are ignored: they would pull every state into the second column.
public static class WorkflowLayout
{
    public const double Left = 40, Top = 40, ColumnWidth = 320, RowHeight = 140;

    public static IReadOnlyDictionary<string, StatePosition> Arrange(WorkflowDefinition definition)
    {
        var names = definition.States.Select(s => s.Name).Distinct().ToList();
        var next = definition.Transitions.Where(t => !t.IsGlobal)
            .SelectMany(t => t.From.Select(f => (From: f, t.To)))
            .ToLookup(p => p.From, p => p.To);
        var layer = new Dictionary<string, int>();
        var queue = new Queue<string>();
        if (names.Contains(definition.InitialState))
        {
            layer[definition.InitialState] = 0;
            queue.Enqueue(definition.InitialState);
        }
        while (queue.TryDequeue(out var state))
        {
            foreach (var to in next[state].Where(n => names.Contains(n) && !layer.ContainsKey(n)))
            {
                layer[to] = layer[state] + 1;
                queue.Enqueue(to);
            }
        }
        // Unreachable states (a draft in progress) wait in a column of their own, after the rest.
        var spare = layer.Count == 0 ? 0 : layer.Values.Max() + 1;
        var rows = new Dictionary<int, int>();
        var positions = new Dictionary<string, StatePosition>();
        foreach (var name in names)
        {
            var column = layer.GetValueOrDefault(name, spare);
            var row = rows[column] = rows.GetValueOrDefault(column, -1) + 1;
            positions[name] = new StatePosition(Left + column * ColumnWidth, Top + row * RowHeight);
        }
        return positions;
    }
}
