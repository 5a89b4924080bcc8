using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Contracts;

// A contract the legal team wrote once: its questionnaire is the form of the request type it
// belongs to, its body a Liquid/Markdown text per language (see src/Documents).
public sealed class ContractTemplate
{
    ContractTemplate() { }

    public ContractTemplate(Guid id, Guid requestTypeId, Guid? contractTypeId, BilingualText name, string bodyEn, string bodyAr)
    {
        Id = id;
        RequestTypeId = requestTypeId;
        ContractTypeId = contractTypeId;
        Name = name;
        BodyEn = bodyEn;
        BodyAr = bodyAr;
    }

    public Guid Id { get; private set; }
    public Guid RequestTypeId { get; private set; }
    public Guid? ContractTypeId { get; private set; }
    public BilingualText Name { get; private set; } = new("", "");
    public string BodyEn { get; private set; } = "";
    public string BodyAr { get; private set; } = "";

    public string Body(string language) => language == "ar" && BodyAr.Length > 0 ? BodyAr : BodyEn;
}
