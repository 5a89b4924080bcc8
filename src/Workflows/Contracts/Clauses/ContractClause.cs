using WorkflowPortal.Workflows.Contracts.Templates;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Contracts.Clauses;

// A reusable clause of the library, inserted into template bodies by reference:
// {% clause "confidentiality" %}. Its questions join the questionnaire of every template using it.
public sealed class ContractClause
{
    ContractClause() { }

    public ContractClause(Guid id, string key, ClauseSpec spec, DateTimeOffset now)
    {
        Id = id;
        Key = key;
        Edit(spec, now);
    }

    public Guid Id { get; private set; }
    public string Key { get; private set; } = "";
    public BilingualText Name { get; private set; } = new("", "");
    public string BodyEn { get; private set; } = "";
    public string BodyAr { get; private set; } = "";
    public IReadOnlyList<FieldDefinition> Fields { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Revision { get; private set; }

    public void Edit(ClauseSpec spec, DateTimeOffset now)
    {
        Name = spec.Name.AsLine();
        BodyEn = spec.BodyEn;
        BodyAr = spec.BodyAr;
        Fields = spec.Fields.OrderBy(f => f.Order).ToList();
        UpdatedAt = now;
        Revision++;
    }

    public ClauseText Text => new(Key, Revision, BodyEn, BodyAr);
}

public sealed record ClauseSpec(BilingualText Name, string BodyEn, string BodyAr, IReadOnlyList<FieldDefinition> Fields);
