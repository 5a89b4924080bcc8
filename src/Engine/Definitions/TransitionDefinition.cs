using System.Text.Json.Serialization;
using WorkflowPortal.Engine.Conditions;

namespace WorkflowPortal.Engine.Definitions;

public sealed record TransitionDefinition(
    string Trigger,
    [property: JsonConverter(typeof(OneOrManyConverter))] IReadOnlyList<string> From,
    string To,
    LocalizedText? Label = null)
{
    public const string AnyState = "*";

    // A decision on the state's approval or signature tasks; `None` for an ordinary move.
    public TransitionAction Action { get; init; } = TransitionAction.None;

    // Roles that may fire (any one suffices); see WorkflowRoles.
    public IReadOnlyList<string> Allowed { get; init; } = [];

    // Named guards that must all hold for the actor (Actor.Guards).
    public IReadOnlyList<string> Guards { get; init; } = [];

    // Fields the person must fill; "comment" means the comment itself.
    public IReadOnlyList<string> Requires { get; init; } = [];

    // Parties the domain notifies after the move (e.g. "Requester", "AssignedLawyer").
    public IReadOnlyList<string> Notify { get; init; } = [];

    // A document template the domain renders after the move.
    public string? Render { get; init; }

    // When several transitions share a trigger and a source, the first whose condition holds on
    // the instance's data is taken; the one without a condition is the otherwise-branch.
    public Condition? When { get; init; }

    [JsonIgnore]
    public bool IsGlobal => From.Contains(AnyState);

    [JsonIgnore]
    public bool IsDecision => Action != TransitionAction.None;
}

[JsonConverter(typeof(JsonStringEnumConverter<TransitionAction>))]
public enum TransitionAction
{
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName("approve")] Approve,
    [JsonStringEnumMemberName("reject")] Reject,
    [JsonStringEnumMemberName("sign")] Sign,
    [JsonStringEnumMemberName("decline")] Decline,
}
