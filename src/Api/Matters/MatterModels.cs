using System.Text.Json.Serialization;
using WorkflowPortal.Api.Security;
using WorkflowPortal.Workflows.Matters;

namespace WorkflowPortal.Api.Matters;

public sealed record HearingBody(
    DateTimeOffset? At,
    [property: JsonConverter(typeof(SingleLine))] string? Court,
    [property: JsonConverter(typeof(SingleLine))] string? Chamber,
    [property: JsonConverter(typeof(SingleLine))] string? Judge,
    [property: JsonConverter(typeof(SingleLine))] string? Type,
    string? Notes, string? Outcome,
    DateTimeOffset? NextHearingAt, bool? VisibleToClient)
{
    public HearingDetails ToDetails() => new(At ?? default, Court?.Trim() ?? "", Chamber?.Trim(), Judge?.Trim(), Type?.Trim(),
        Notes?.Trim(), Outcome?.Trim(), NextHearingAt, VisibleToClient ?? false);
}

public sealed record PersonBody([property: JsonConverter(typeof(SingleLine))] string? Name, string? Role, string? Contact);

public sealed record KeyDateBody([property: JsonConverter(typeof(SingleLine))] string? Title, DateOnly? Date, bool? VisibleToClient);

public sealed record FeedbackBody(int? Rating, string? Remark);

public sealed record VisibilityBody(bool? VisibleToClient);
