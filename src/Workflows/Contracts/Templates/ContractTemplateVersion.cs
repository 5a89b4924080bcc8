using WorkflowPortal.Documents.Templates;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Contracts.Templates;

// A published template, frozen: its bodies, its questionnaire (its own questions and those of the
// clauses it uses) and the clause texts as they were, so an old contract re-renders identically.
public sealed class ContractTemplateVersion
{
    ContractTemplateVersion() { }

    public ContractTemplateVersion(Guid id, Guid templateId, int number, BilingualText name, string bodyEn, string bodyAr,
        IReadOnlyList<FieldDefinition> fields, DigitStyle digits, IReadOnlyList<ClauseText> clauses, Guid publishedBy, DateTimeOffset publishedAt)
    {
        Id = id;
        TemplateId = templateId;
        Number = number;
        Name = name;
        BodyEn = bodyEn;
        BodyAr = bodyAr;
        Fields = fields;
        Digits = digits;
        Clauses = clauses;
        PublishedBy = publishedBy;
        PublishedAt = publishedAt;
    }

    public Guid Id { get; private set; }
    public Guid TemplateId { get; private set; }
    public int Number { get; private set; }
    public BilingualText Name { get; private set; } = new("", "");
    public string BodyEn { get; private set; } = "";
    public string BodyAr { get; private set; } = "";
    public IReadOnlyList<FieldDefinition> Fields { get; private set; } = [];
    public DigitStyle Digits { get; private set; }
    public IReadOnlyList<ClauseText> Clauses { get; private set; } = [];
    public Guid PublishedBy { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }

    public TemplateText Text => new(Name, BodyEn, BodyAr, Fields, Digits, Clauses);
}

// A clause's text as a version froze it.
public sealed record ClauseText(string Key, int Revision, string BodyEn, string BodyAr);

// What rendering needs, whether from a published version or from the studio's working copy.
public sealed record TemplateText(BilingualText Name, string BodyEn, string BodyAr, IReadOnlyList<FieldDefinition> Fields,
    DigitStyle Digits, IReadOnlyList<ClauseText> Clauses)
{
    public string Body(string language) => language == "ar" && BodyAr.Length > 0 ? BodyAr : BodyEn;
}
