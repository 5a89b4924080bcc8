using WorkflowPortal.Workflows.Matters;

namespace WorkflowPortal.Api.Matters;

public sealed record HearingBody(
    DateTimeOffset? At,
    string? Court,
    string? Chamber,
    string? Judge,
    string? Type,
    string? Notes, string? Outcome,
    DateTimeOffset? NextHearingAt, bool? VisibleToClient)
{
    public HearingDetails ToDetails() => new(At ?? default, Court?.Trim() ?? "", Chamber?.Trim(), Judge?.Trim(), Type?.Trim(),
        Notes?.Trim(), Outcome?.Trim(), NextHearingAt, VisibleToClient ?? false);
}

public sealed record PersonBody(string? Name, string? Role, string? Contact);

public sealed record KeyDateBody(string? Title, DateOnly? Date, bool? VisibleToClient);

public sealed record FeedbackBody(int? Rating, string? Remark);

public sealed record VisibilityBody(bool? VisibleToClient);
