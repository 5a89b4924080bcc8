using WorkflowPortal.Documents.Templates;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Demo;

// The demo's contract types and its one template: a bilingual services agreement that a client
// generates from the portal by answering four questions.
internal static class DemoContracts
{
    public static readonly Guid ServicesType = new("7a1e3c55-2b8d-4f0e-9c61-5d3b2a1f0001");
    public static readonly Guid NdaType = new("7a1e3c55-2b8d-4f0e-9c61-5d3b2a1f0002");
    public static readonly Guid TemplateRequestType = new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0005");
    public static readonly Guid ServicesTemplate = new("7a1e3c55-2b8d-4f0e-9c61-5d3b2a1f0101");

    public static IEnumerable<ContractType> Types() =>
    [
        new(ServicesType, new("Services agreement", "اتفاقية خدمات"), milestonesVisibleByDefault: true),
        new(NdaType, new("Non-disclosure agreement", "اتفاقية عدم إفصاح"), milestonesVisibleByDefault: false),
    ];

    // The first four answers are what every services agreement needs; the rest are optional and
    // add clauses (the questionnaire's conditions show their own questions only when they apply).
    public static IReadOnlyList<FieldDefinition> Questionnaire =>
    [
        new() { Key = "counterpartyName", Type = FieldType.Text, Label = new("Service provider", "مقدم الخدمة"), Required = true, MaxLength = 150, Order = 1 },
        new() { Key = "services", Type = FieldType.LongText, Label = new("Services to be provided", "الخدمات المطلوبة"), Required = true, MaxLength = 2000, Order = 2 },
        new() { Key = "contractValue", Type = FieldType.Money, Label = new("Fee", "الأتعاب"), Required = true, Min = 0, Order = 3 },
        new() { Key = "startDate", Type = FieldType.Date, Label = new("Start date", "تاريخ البدء"), Required = true, Order = 4 },
        new() { Key = "paymentDays", Type = FieldType.Number, Label = new("Days to pay an invoice", "مهلة سداد الفاتورة (بالأيام)"), Default = "30", Min = 1, Max = 120, Order = 5 },
        new() { Key = "includeConfidentiality", Type = FieldType.YesNo, Label = new("Add a confidentiality clause?", "إضافة بند السرية؟"), Default = "true", Order = 6 },
        new() { Key = "includeNonSolicitation", Type = FieldType.YesNo, Label = new("Add a non-solicitation clause?", "إضافة بند عدم الاستقطاب؟"), Order = 7 },
        new()
        {
            Key = "nonSolicitationMonths", Type = FieldType.Number, Label = new("Non-solicitation period (months)", "مدة عدم الاستقطاب (بالأشهر)"),
            Default = "12", Min = 1, Max = 36, Order = 8, VisibleWhen = new("includeNonSolicitation", ["true"]),
        },
        new() { Key = "includeArbitration", Type = FieldType.YesNo, Label = new("Settle disputes by arbitration?", "تسوية النزاعات بالتحكيم؟"), Order = 9 },
    ];

    public static TemplateSpec Template => new(TemplateRequestType, ServicesType, new("Services agreement", "اتفاقية خدمات"),
        DemoServicesText.English, DemoServicesText.Arabic, Questionnaire, DigitStyle.Latin, Audience.AllClients, []);
}
