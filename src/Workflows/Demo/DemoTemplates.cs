using WorkflowPortal.Documents.Templates;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Demo;

// The four templates the demo's legal team starts with, each offered by its own request type in
// the Contracts category, and the contract types they are filed under.
internal static class DemoTemplates
{
    public static readonly Guid EmploymentType = new("7a1e3c55-2b8d-4f0e-9c61-5d3b2a1f0003");
    public static readonly Guid PowerOfAttorneyType = new("7a1e3c55-2b8d-4f0e-9c61-5d3b2a1f0004");

    public static readonly Guid NdaRequestType = new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0006");
    public static readonly Guid EmploymentRequestType = new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0007");
    public static readonly Guid PowerOfAttorneyRequestType = new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0008");

    public static readonly Guid NdaTemplate = new("7a1e3c55-2b8d-4f0e-9c61-5d3b2a1f0102");
    public static readonly Guid EmploymentTemplate = new("7a1e3c55-2b8d-4f0e-9c61-5d3b2a1f0103");
    public static readonly Guid PowerOfAttorneyTemplate = new("7a1e3c55-2b8d-4f0e-9c61-5d3b2a1f0104");

    static Guid ContractsCategory => DemoRequestTypes.Categories[2].Id;

    public static IEnumerable<ContractType> Types() =>
    [
        new(EmploymentType, new("Employment offer", "عرض عمل"), milestonesVisibleByDefault: false, ContractsCategory),
        new(PowerOfAttorneyType, new("Power of attorney", "وكالة"), milestonesVisibleByDefault: false, ContractsCategory),
    ];

    public static IEnumerable<(Guid Id, RequestTypeSpec Spec)> RequestTypes() =>
    [
        (NdaRequestType, Spec("Non-disclosure agreement", "اتفاقية عدم إفصاح", "Answer a few questions and get a mutual or one-way NDA.",
            "أجب عن بضعة أسئلة لتحصل على اتفاقية عدم إفصاح متبادلة أو من طرف واحد.", DemoNdaText.Questionnaire)),
        (EmploymentRequestType, Spec("Employment offer", "عرض عمل", "Prepare an offer letter for a new employee.",
            "جهّز خطاب عرض عمل لموظف جديد.", DemoEmploymentText.Questionnaire)),
        (PowerOfAttorneyRequestType, Spec("Power of attorney", "وكالة", "Prepare a power of attorney for litigation or general management.",
            "جهّز وكالة للترافع أو للإدارة العامة.", DemoPowerOfAttorneyText.Questionnaire)),
    ];

    public static IEnumerable<(Guid Id, TemplateSpec Spec)> Templates() =>
    [
        (DemoContracts.ServicesTemplate, DemoContracts.Template),
        (NdaTemplate, new(NdaRequestType, DemoContracts.NdaType, new("Non-disclosure agreement", "اتفاقية عدم إفصاح"),
            DemoNdaText.English, DemoNdaText.Arabic, DemoNdaText.Questionnaire, DigitStyle.Latin, Audience.AllClients, [])),
        (EmploymentTemplate, new(EmploymentRequestType, EmploymentType, new("Employment offer", "عرض عمل"),
            DemoEmploymentText.English, DemoEmploymentText.Arabic, DemoEmploymentText.Questionnaire, DigitStyle.Latin, Audience.AllClients, [])),
        (PowerOfAttorneyTemplate, new(PowerOfAttorneyRequestType, PowerOfAttorneyType, new("Power of attorney", "وكالة"),
            DemoPowerOfAttorneyText.English, DemoPowerOfAttorneyText.Arabic, DemoPowerOfAttorneyText.Questionnaire, DigitStyle.Latin, Audience.AllClients, [])),
    ];

    // The request type's own fields are the questionnaire: the portal's request form shows them.
    static RequestTypeSpec Spec(string en, string ar, string descEn, string descAr, IReadOnlyList<FieldDefinition> fields) =>
        new(ContractsCategory, new(en, ar), new(descEn, descAr), null, RequestKind.ContractFromTemplate, "contract-from-template", null,
            Priority.Normal, null, Audience.AllClients, [], true, 48, fields);
}
