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

    public static IReadOnlyList<FieldDefinition> Questionnaire =>
    [
        new() { Key = "counterpartyName", Type = FieldType.Text, Label = new("Service provider", "مقدم الخدمة"), Required = true, MaxLength = 150, Order = 1 },
        new() { Key = "services", Type = FieldType.LongText, Label = new("Services to be provided", "الخدمات المطلوبة"), Required = true, MaxLength = 2000, Order = 2 },
        new() { Key = "contractValue", Type = FieldType.Money, Label = new("Fee", "الأتعاب"), Required = true, Min = 0, Order = 3 },
        new() { Key = "startDate", Type = FieldType.Date, Label = new("Start date", "تاريخ البدء"), Required = true, Order = 4 },
    ];

    public static TemplateSpec Template => new(TemplateRequestType, ServicesType, new("Services agreement", "اتفاقية خدمات"), English, Arabic,
        Questionnaire, DigitStyle.Latin, Audience.AllClients, []);

    const string English = """
        # Services Agreement

        This agreement is made between **Al Noor Trading Co.** (the Client) and **{{ counterpartyName }}** (the Provider).

        ## 1. Services

        The Provider shall provide the following services: {{ services }}

        ## 2. Fee

        The Client shall pay a fee of {{ contractValue }} SAR, in accordance with the milestones agreed between the parties.

        ## 3. Term

        This agreement starts on {{ startDate }} and continues until the services are completed.

        ## 4. Governing law

        This agreement is governed by the laws of the Kingdom of Saudi Arabia.
        """;

    const string Arabic = """
        # اتفاقية خدمات

        أُبرمت هذه الاتفاقية بين **شركة النور التجارية** (العميل) و**{{ counterpartyName }}** (مقدم الخدمة).

        ## ١. الخدمات

        يلتزم مقدم الخدمة بتقديم الخدمات التالية: {{ services }}

        ## ٢. الأتعاب

        يدفع العميل أتعابًا قدرها {{ contractValue }} ريال سعودي وفق المراحل المتفق عليها بين الطرفين.

        ## ٣. المدة

        تبدأ هذه الاتفاقية في {{ startDate }} وتستمر حتى إتمام الخدمات.

        ## ٤. القانون الواجب التطبيق

        تخضع هذه الاتفاقية لأنظمة المملكة العربية السعودية.
        """;
}
