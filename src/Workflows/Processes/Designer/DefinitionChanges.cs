using System.Text.Json;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Workflows.Processes.Designer;

// What publishing a draft changes compared with the published version. Moving a state on the
// canvas is not a change anyone running a matter would notice, so positions are left out.
public sealed record DefinitionChanges(
    IReadOnlyList<string> StatesAdded, IReadOnlyList<string> StatesRemoved, IReadOnlyList<string> StatesChanged,
    IReadOnlyList<string> TransitionsAdded, IReadOnlyList<string> TransitionsRemoved, IReadOnlyList<string> TransitionsChanged,
    bool OtherChanges)
{
    public bool IsEmpty => StatesAdded.Count + StatesRemoved.Count + StatesChanged.Count + TransitionsAdded.Count
        + TransitionsRemoved.Count + TransitionsChanged.Count == 0 && !OtherChanges;

    public static DefinitionChanges Between(WorkflowDefinition? published, WorkflowDefinition draft)
    {
        var before = published ?? new WorkflowDefinition(draft.Key, "", [], []);
        var (sa, sr, sc) = Compare(before.States, draft.States, s => s.Name, s => s with { Position = null });
        var (ta, tr, tc) = Compare(before.Transitions, draft.Transitions, t => t.Trigger, t => t);
        var other = published is not null && (Json(published.Name) != Json(draft.Name)
            || published.InitialState != draft.InitialState || Json(published.Fields) != Json(draft.Fields));
        return new DefinitionChanges(sa, sr, sc, ta, tr, tc, other);
    }

    static (List<string> Added, List<string> Removed, List<string> Changed) Compare<T>(
        IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> name, Func<T, T> comparable)
    {
        var old = before.GroupBy(name).ToDictionary(g => g.Key, g => Json(comparable(g.First())));
        var now = after.GroupBy(name).ToDictionary(g => g.Key, g => Json(comparable(g.First())));
        return ([.. now.Keys.Where(k => !old.ContainsKey(k))],
                [.. old.Keys.Where(k => !now.ContainsKey(k))],
                [.. now.Keys.Where(k => old.TryGetValue(k, out var o) && o != now[k])]);
    }

    static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
