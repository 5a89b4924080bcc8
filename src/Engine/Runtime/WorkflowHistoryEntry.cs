using System.Text.Json;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Runtime;

// An append-only audit line, written in the same transaction as the state change.
// (InstanceId, Sequence) is unique: one step can never be recorded twice.
public sealed class WorkflowHistoryEntry
{
    WorkflowHistoryEntry() { }

    internal WorkflowHistoryEntry(WorkflowInstance instance, Actor actor, string trigger, string? from,
        string? comment, IReadOnlyDictionary<string, string>? fields, DateTimeOffset now, LocalizedText? reason = null)
    {
        ReasonJson = reason is null ? null : JsonSerializer.Serialize(reason);
        Id = Guid.NewGuid();
        InstanceId = instance.Id;
        Sequence = instance.Version;
        ActorId = actor.UserId;
        ActorName = actor.DisplayName;
        Trigger = trigger;
        FromState = from;
        ToState = instance.State;
        At = now;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        FieldsJson = fields is { Count: > 0 } ? JsonSerializer.Serialize(fields) : null;
    }

    public Guid Id { get; private set; }
    public Guid InstanceId { get; private set; }
    public int Sequence { get; private set; }
    public string ActorId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public string Trigger { get; private set; } = "";
    public string? FromState { get; private set; }
    public string ToState { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string? Comment { get; private set; }
    public string? FieldsJson { get; private set; }

    // Why the system took this step (a deadline's comment), in both languages.
    public string? ReasonJson { get; private set; }

    public LocalizedText? Reason => ReasonJson is null ? null : JsonSerializer.Deserialize<LocalizedText>(ReasonJson);

    public IReadOnlyDictionary<string, string> Fields =>
        FieldsJson is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(FieldsJson)!;
}
