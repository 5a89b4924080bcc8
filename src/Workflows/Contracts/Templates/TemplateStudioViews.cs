using WorkflowPortal.Documents.Templates;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Contracts.Templates;

public sealed record TemplateSummary(Guid Id, BilingualText Name, Guid? ContractTypeId, Guid RequestTypeId, int PublishedVersion,
    bool HasDraft, bool IsRetired, DateTimeOffset UpdatedAt);

public sealed record TemplateVersionSummary(int Number, DateTimeOffset PublishedAt, Guid PublishedBy);

// The working copy as the studio edits it, its effective questionnaire (its questions and those of
// its clauses) and its published versions.
public sealed record TemplateDetail(Guid Id, BilingualText Name, Guid? ContractTypeId, Guid RequestTypeId, string BodyEn, string BodyAr,
    IReadOnlyList<FieldDefinition> Fields, DigitStyle Digits, Audience Audience, IReadOnlyList<Guid> AudienceIds,
    int PublishedVersion, bool HasDraft, bool IsRetired, int Revision, IReadOnlyList<TemplateVersionSummary> Versions)
{
    public static TemplateDetail Of(ContractTemplate t, IReadOnlyList<TemplateVersionSummary> versions) =>
        new(t.Id, t.Name, t.ContractTypeId, t.RequestTypeId, t.BodyEn, t.BodyAr, t.Fields, t.Digits, t.Audience, t.AudienceIds,
            t.PublishedVersion, t.HasDraft, t.IsRetired, t.Revision, versions);
}

public sealed record TemplateVersionView(Guid TemplateId, int Number, BilingualText Name, string BodyEn, string BodyAr,
    IReadOnlyList<FieldDefinition> Questionnaire, DigitStyle Digits, IReadOnlyList<ClauseText> Clauses, DateTimeOffset PublishedAt)
{
    public static TemplateVersionView Of(ContractTemplateVersion v) =>
        new(v.TemplateId, v.Number, v.Name, v.BodyEn, v.BodyAr, v.Fields, v.Digits, v.Clauses, v.PublishedAt);
}

// What the studio's live preview renders: the unsaved source, with sample or given answers.
public sealed record TemplateDraft(string BodyEn, string BodyAr, IReadOnlyList<FieldDefinition> Fields, DigitStyle Digits);
