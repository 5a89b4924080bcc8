using System.Text.Json.Serialization;

namespace WorkflowPortal.Engine.Definitions;

public sealed record StateDefinition(string Name, StateCategory Category, LocalizedText? Label = null)
{
    public StateKind Kind { get; init; } = StateKind.Normal;

    // What the client portal shows; the team's label when absent.
    public LocalizedText? ClientLabel { get; init; }

    // Who the clock waits for while the instance sits here (e.g. "Requester").
    public string? WaitingOn { get; init; }

    public bool Final { get; init; }

    // Default steps for an approval state; the domain resolves the parties to people.
    public IReadOnlyList<ApprovalStepTemplate>? Approval { get; init; }

    // Default signers, in order, for a signature state.
    public IReadOnlyList<string>? Signers { get; init; }

    // Reminders, escalations and automatic steps, counted from entering the state or from a date field.
    public IReadOnlyList<DeadlineDefinition> Deadlines { get; init; } = [];

    // Where the designer drew the state; the runtime never reads it.
    public StatePosition? Position { get; init; }
}

// Canvas coordinates of a state's top-left corner, in pixels at zoom 1.
public sealed record StatePosition(double X, double Y);

[JsonConverter(typeof(JsonStringEnumConverter<StateCategory>))]
public enum StateCategory { Open, InProgress, Done }

[JsonConverter(typeof(JsonStringEnumConverter<StateKind>))]
public enum StateKind
{
    [JsonStringEnumMemberName("normal")] Normal,
    [JsonStringEnumMemberName("approval")] Approval,
    [JsonStringEnumMemberName("signature")] Signature,
}

[JsonConverter(typeof(JsonStringEnumConverter<ApprovalMode>))]
public enum ApprovalMode
{
    [JsonStringEnumMemberName("all")] All,
    [JsonStringEnumMemberName("any")] Any,
}

public sealed record ApprovalStepTemplate(IReadOnlyList<string> Approvers)
{
    public ApprovalMode Mode { get; init; } = ApprovalMode.All;

    public LocalizedText? Label { get; init; }

    // The step applies only when this holds on the instance's data (e.g. finance above a value).
    public Conditions.Condition? When { get; init; }
}
