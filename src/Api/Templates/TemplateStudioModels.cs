using System.Text.Json;
using WorkflowPortal.Documents.Templates;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Contracts.Clauses;
using WorkflowPortal.Workflows.Contracts.Templates;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Api.Templates;

public sealed record TemplateBody(
    Guid? RequestTypeId,
    Guid? ContractTypeId,
    BilingualText? Name,
    string? BodyEn,
    string? BodyAr,
    IReadOnlyList<FieldDefinition>? Fields,
    DigitStyle? Digits,
    Audience? Audience,
    IReadOnlyList<Guid>? AudienceIds,
    int? Revision)
{
    // Missing parts become empty values that the studio's rules then name precisely.
    public TemplateSpec ToSpec() => new(RequestTypeId ?? Guid.Empty, ContractTypeId, Name ?? new BilingualText("", ""), BodyEn ?? "", BodyAr ?? "",
        Fields ?? [], Digits ?? DigitStyle.Latin, Audience ?? Workflows.Intake.Audience.AllClients, AudienceIds ?? []);
}

public sealed record RevisionBody(int? Revision);

public sealed record TemplatePreviewBody(string? BodyEn, string? BodyAr, IReadOnlyList<FieldDefinition>? Fields, DigitStyle? Digits,
    string? Language, Dictionary<string, JsonElement>? Answers)
{
    public TemplateDraft ToDraft() => new(BodyEn ?? "", BodyAr ?? "", Fields ?? [], Digits ?? DigitStyle.Latin);

    public Dictionary<string, object?> Data() => (Answers ?? []).ToDictionary(a => a.Key, a => Value(a.Value));

    static object? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()).ToList(),
        _ => null,
    };
}

public sealed record ClauseBody(string? Key, BilingualText? Name, string? BodyEn, string? BodyAr, IReadOnlyList<FieldDefinition>? Fields, int? Revision)
{
    public ClauseSpec ToSpec() => new(Name ?? new BilingualText("", ""), BodyEn ?? "", BodyAr ?? "", Fields ?? []);
}

public sealed record ContractTypeBody(BilingualText? Name, Guid? CategoryId, bool? MilestonesVisibleByDefault, int? Revision)
{
    public ContractTypeSpec ToSpec() => new(Name ?? new BilingualText("", ""), CategoryId, MilestonesVisibleByDefault ?? false);
}
