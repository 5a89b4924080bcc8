using WorkflowPortal.Workflows.Contracts.Templates;
using WorkflowPortal.Documents.Templates;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Contracts;

// A contract the legal team writes in the studio. The row holds the working copy (name, bodies,
// questionnaire); publishing freezes it as version n+1 (ContractTemplateVersion), which is what
// clients generate from. Editing after publishing only changes the working copy: a draft.
public sealed class ContractTemplate
{
    ContractTemplate() { }

    public ContractTemplate(Guid id, TemplateSpec spec, DateTimeOffset now)
    {
        Id = id;
        CreatedAt = now;
        Edit(spec, now);
    }

    public Guid Id { get; private set; }
    public Guid RequestTypeId { get; private set; }
    public Guid? ContractTypeId { get; private set; }
    public BilingualText Name { get; private set; } = new("", "");
    public string BodyEn { get; private set; } = "";
    public string BodyAr { get; private set; } = "";
    public IReadOnlyList<FieldDefinition> Fields { get; private set; } = [];
    public DigitStyle Digits { get; private set; }
    public Audience Audience { get; private set; }
    public IReadOnlyList<Guid> AudienceIds { get; private set; } = [];
    public bool IsRetired { get; private set; }

    // 0 until the first publication; the number of the version clients generate from.
    public int PublishedVersion { get; private set; }
    public bool HasDraft { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Revision { get; private set; }

    public string Body(string language) => language == "ar" && BodyAr.Length > 0 ? BodyAr : BodyEn;

    public void Edit(TemplateSpec spec, DateTimeOffset now)
    {
        RequestTypeId = spec.RequestTypeId;
        ContractTypeId = spec.ContractTypeId;
        Name = spec.Name.AsLine();
        BodyEn = spec.BodyEn;
        BodyAr = spec.BodyAr;
        Fields = spec.Fields.OrderBy(f => f.Order).ToList();
        Digits = spec.Digits;
        Audience = spec.Audience;
        AudienceIds = spec.Audience == Audience.AllClients ? [] : spec.AudienceIds.Distinct().ToList();
        HasDraft = true;
        UpdatedAt = now;
        Revision++;
    }

    public ContractTemplateVersion Publish(IReadOnlyList<FieldDefinition> questionnaire, IReadOnlyList<ClauseText> clauses, Guid by, DateTimeOffset now)
    {
        PublishedVersion++;
        HasDraft = false;
        IsRetired = false;
        UpdatedAt = now;
        Revision++;
        return new ContractTemplateVersion(Guid.NewGuid(), Id, PublishedVersion, Name, BodyEn, BodyAr, questionnaire, Digits, clauses, by, now);
    }

    public void Retire(DateTimeOffset now)
    {
        IsRetired = true;
        UpdatedAt = now;
        Revision++;
    }

    public bool IsUsableBy(Guid? clientId) => !IsRetired && PublishedVersion > 0 && Audience switch
    {
        Audience.AllClients => true,
        Audience.Organizations => clientId is { } c && AudienceIds.Contains(c),
        _ => false,
    };
}

// Everything the studio sets on a template, as one value so that create and edit validate alike.
public sealed record TemplateSpec(
    Guid RequestTypeId,
    Guid? ContractTypeId,
    BilingualText Name,
    string BodyEn,
    string BodyAr,
    IReadOnlyList<FieldDefinition> Fields,
    DigitStyle Digits,
    Audience Audience,
    IReadOnlyList<Guid> AudienceIds);
