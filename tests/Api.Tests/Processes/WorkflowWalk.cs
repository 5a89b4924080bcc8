using System.Text.Json;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Processes;

// A shipped workflow read from workflows/<key>.json, and a walk that fires every transition it
// declares at least once: from the current state, an untested transition if one leaves it (one
// that keeps the instance alive first), else the shortest path to a state that has one; a fresh
// instance when nothing untested can be reached.
public sealed class WorkflowWalk
{
    public sealed record State(string Name, bool Final, string TeamLabel, string ClientLabel);

    public sealed record Edge(int Index, string Trigger, IReadOnlyList<string> From, string To, IReadOnlyList<string> Allowed,
        string? Action, IReadOnlyList<string> Requires, IReadOnlyList<string> Notify, string? Render);

    readonly HashSet<int> _untested;

    WorkflowWalk(string initial, IReadOnlyDictionary<string, State> states, IReadOnlyList<Edge> edges, IReadOnlyDictionary<string, string> fieldTypes)
    {
        Initial = initial;
        States = states;
        Edges = edges;
        FieldTypes = fieldTypes;
        _untested = [.. edges.Select(e => e.Index)];
    }

    public string Initial { get; }
    public IReadOnlyDictionary<string, State> States { get; }
    public IReadOnlyList<Edge> Edges { get; }
    public IReadOnlyDictionary<string, string> FieldTypes { get; }
    public bool Done => _untested.Count == 0;
    public IEnumerable<Edge> Untested => Edges.Where(e => _untested.Contains(e.Index));

    public static WorkflowWalk Load(string key)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "workflows", key + ".json")));
        var root = document.RootElement;
        var states = root.GetProperty("states").EnumerateArray().Select(s =>
        {
            var label = s.GetProperty("label").GetProperty("en").GetString()!;
            var client = s.TryGetProperty("clientLabel", out var c) ? c.GetProperty("en").GetString()! : label;
            return new State(s.GetProperty("name").GetString()!, s.TryGetProperty("final", out var f) && f.GetBoolean(), label, client);
        }).ToDictionary(s => s.Name);
        var live = states.Values.Where(s => !s.Final).Select(s => s.Name).ToList();
        var edges = root.GetProperty("transitions").EnumerateArray().Select((t, i) =>
        {
            var from = t.GetProperty("from");
            IReadOnlyList<string> sources = from.ValueKind == JsonValueKind.Array ? [.. from.EnumerateArray().Select(x => x.GetString()!)]
                : from.GetString() == "*" ? live : [from.GetString()!];
            return new Edge(i, t.GetProperty("trigger").GetString()!, sources, t.GetProperty("to").GetString()!, Strings(t, "allowed"),
                t.TryGetProperty("action", out var a) ? a.GetString() : null, Strings(t, "requires"), Strings(t, "notify"),
                t.TryGetProperty("render", out var r) ? r.GetString() : null);
        }).ToList();
        var fields = root.TryGetProperty("fields", out var declared)
            ? declared.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.TryGetProperty("type", out var type) ? type.GetString()! : "text")
            : [];
        return new WorkflowWalk(root.GetProperty("initialState").GetString()!, states, edges, fields);
    }

    static string[] Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(x => x.GetString()!)] : [];

    public void Tested(Edge edge) => _untested.Remove(edge.Index);

    // The transitions to fire next from this state (ending with an untested one), or null when no
    // untested transition can be reached from here.
    public IReadOnlyList<Edge>? NextFrom(string state)
    {
        var here = Untested.Where(e => e.From.Contains(state)).OrderBy(e => States[e.To].Final).FirstOrDefault();
        if (here is not null) return [here];

        // Breadth first over transitions that keep the instance alive.
        var previous = new Dictionary<string, (Edge Edge, string From)?> { [state] = null };
        var queue = new Queue<string>([state]);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            if (Untested.FirstOrDefault(e => e.From.Contains(at)) is { } target)
            {
                var path = new List<Edge> { target };
                for (var cur = at; previous[cur] is { } step; cur = step.From) path.Insert(0, step.Edge);
                return path;
            }
            foreach (var edge in Edges.Where(e => e.From.Contains(at) && !States[e.To].Final && !previous.ContainsKey(e.To)))
            {
                previous[edge.To] = (edge, at);
                queue.Enqueue(edge.To);
            }
        }
        return null;
    }
}
