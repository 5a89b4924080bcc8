using System.Globalization;
using System.Text.Json;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Runtime;

// One value of an instance's data, in canonical text: invariant numbers, ISO dates, "true"/"false".
// A multiple choice holds several values; a missing value holds none.
public sealed record InstanceValue(FieldType Type, IReadOnlyList<string> Values)
{
    public bool IsEmpty => Values.Count == 0 || Values.All(string.IsNullOrWhiteSpace);

    public string? First => Values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    public static InstanceValue Of(FieldType type, string value) => new(type, [value]);

    public decimal? AsNumber() =>
        decimal.TryParse(First, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;

    public DateOnly? AsDate() =>
        DateOnly.TryParseExact(First, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public bool? AsYesNo() => First?.Trim().ToLowerInvariant() switch { "true" or "yes" => true, "false" or "no" => false, _ => null };
}

// The data an instance carries: the submitted form and the fields collected on transitions. Later
// values replace earlier ones under the same name. Immutable: a step makes a new one.
public sealed class InstanceData
{
    public static readonly InstanceData Empty = new(new Dictionary<string, InstanceValue>(StringComparer.Ordinal));

    readonly IReadOnlyDictionary<string, InstanceValue> _values;

    InstanceData(IReadOnlyDictionary<string, InstanceValue> values) => _values = values;

    public IReadOnlyDictionary<string, InstanceValue> Values => _values;

    public InstanceValue? this[string name] => _values.GetValueOrDefault(name);

    public static InstanceData From(IEnumerable<KeyValuePair<string, InstanceValue>> values) =>
        new(new Dictionary<string, InstanceValue>(values, StringComparer.Ordinal));

    // Fields a person filled on a transition, typed by the definition's `fields` (text otherwise).
    public InstanceData With(WorkflowDefinition definition, IReadOnlyDictionary<string, string>? fields)
    {
        if (fields is null or { Count: 0 })
            return this;
        var merged = new Dictionary<string, InstanceValue>(_values, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (string.IsNullOrWhiteSpace(value))
                continue;
            merged[name] = InstanceValue.Of(definition.FindField(name)?.Type ?? FieldType.Text, value.Trim());
        }
        return new(merged);
    }

    // One date set or taken away, as the host keeps it (the next hearing).
    public InstanceData WithDate(string name, DateOnly? date)
    {
        var merged = new Dictionary<string, InstanceValue>(_values, StringComparer.Ordinal);
        if (date is { } day)
            merged[name] = InstanceValue.Of(FieldType.Date, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            merged.Remove(name);
        return new(merged);
    }

    public IEnumerable<string> ChangedFrom(InstanceData before) =>
        _values.Where(p => !before._values.TryGetValue(p.Key, out var old) || !old.Values.SequenceEqual(p.Value.Values)).Select(p => p.Key);

    internal string? ToJson() => _values.Count == 0 ? null : JsonSerializer.Serialize(_values, JsonOptions);

    internal static InstanceData FromJson(string? json) =>
        json is null ? Empty : From(JsonSerializer.Deserialize<Dictionary<string, InstanceValue>>(json, JsonOptions)!);

    static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
