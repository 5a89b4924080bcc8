using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Demo;

// The request types a newcomer finds on the portal home of the demo.
internal static class DemoRequestTypes
{
    public static readonly (Guid Id, BilingualText Name, int Order)[] Categories =
    [
        (new("0b6f1d1e-5a39-4c61-9d4c-1c1f3a5b0001"), new("Advice", "الاستشارات"), 1),
        (new("0b6f1d1e-5a39-4c61-9d4c-1c1f3a5b0002"), new("Litigation", "التقاضي"), 2),
        (new("0b6f1d1e-5a39-4c61-9d4c-1c1f3a5b0003"), new("Contracts", "العقود"), 3),
    ];

    static readonly FieldDefinition Subject = new()
    {
        Key = "subject", Type = FieldType.Text, Label = new("Subject", "الموضوع"), Required = true, MaxLength = 150, Order = 1,
    };

    static readonly FieldDefinition Details = new()
    {
        Key = "details", Type = FieldType.LongText, Label = new("Details", "التفاصيل"), Required = true, MinLength = 10, Order = 2,
        Help = new("Describe the situation, the parties and what you need.", "صف الوضع والأطراف وما تحتاج إليه."),
    };

    public static IEnumerable<(Guid Id, RequestTypeSpec Spec)> Types()
    {
        var (advice, litigation, contracts) = (Categories[0].Id, Categories[1].Id, Categories[2].Id);
        yield return (new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0001"), Spec(advice, "Consultation request", "طلب استشارة",
            "Ask the legal team for advice on a question.", "اطلب رأي الفريق القانوني في مسألة.", RequestKind.Matter, "consultation-request",
            Subject, Details,
            new FieldDefinition
            {
                Key = "area", Type = FieldType.SingleChoice, Label = new("Area of law", "المجال القانوني"), Order = 3, Required = true,
                Options = [new("commercial", new("Commercial", "تجاري")), new("labour", new("Labour", "عمالي")), new("real-estate", new("Real estate", "عقاري"))],
            },
            new FieldDefinition { Key = "urgent", Type = FieldType.YesNo, Label = new("Is it urgent?", "هل الأمر عاجل؟"), Order = 4, Default = "false" },
            new FieldDefinition
            {
                Key = "deadline", Type = FieldType.Date, Label = new("Answer needed by", "الرد مطلوب قبل"), Order = 5, Required = true,
                VisibleWhen = new FieldCondition("urgent", ["true"]),
            },
            new FieldDefinition { Key = "documents", Type = FieldType.Files, Label = new("Supporting documents", "المستندات الداعمة"), Order = 6, Max = 5 }));
        yield return (new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0002"), Spec(litigation, "Litigation case", "قضية",
            "Ask the legal team to represent you before a court.", "اطلب من الفريق القانوني تمثيلك أمام المحكمة.", RequestKind.LitigationCase, "litigation-case",
            Subject, Details,
            new FieldDefinition { Key = "opponent", Type = FieldType.RelatedPerson, Label = new("Opposing party", "الطرف الآخر"), Order = 3, Required = true },
            new FieldDefinition { Key = "claimAmount", Type = FieldType.Money, Label = new("Amount claimed", "المبلغ المطالب به"), Order = 4, Min = 0 }));
        yield return (new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0003"), Spec(contracts, "Request a contract", "طلب عقد",
            "Ask the legal team to draft a contract or document.", "اطلب من الفريق القانوني صياغة عقد أو مستند.", RequestKind.ContractRequest, "contract-request",
            Subject, Details,
            new FieldDefinition { Key = "counterparty", Type = FieldType.Text, Label = new("Other party", "الطرف الآخر"), Order = 3, Required = true },
            new FieldDefinition { Key = "value", Type = FieldType.Money, Label = new("Contract value", "قيمة العقد"), Order = 4, Min = 0 }));
        yield return (new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0004"), Spec(contracts, "Review my contract", "مراجعة عقد",
            "Upload a draft contract for the legal team to review.", "ارفع مسودة عقد ليراجعها الفريق القانوني.", RequestKind.ContractReview, "contract-review",
            Subject,
            new FieldDefinition { Key = "draft", Type = FieldType.Files, Label = new("Draft contract (PDF or Word)", "مسودة العقد (PDF أو Word)"), Order = 2, Required = true, Max = 1 },
            new FieldDefinition { Key = "concerns", Type = FieldType.LongText, Label = new("What should we look at?", "ما الذي ينبغي أن نراجعه؟"), Order = 3 }));
        yield return (DemoContracts.TemplateRequestType, Spec(contracts, "Generate a contract from a template", "إنشاء عقد من نموذج",
            "Answer a few questions and get a services agreement to approve and sign.", "أجب عن بضعة أسئلة لتحصل على اتفاقية خدمات جاهزة للاعتماد والتوقيع.",
            RequestKind.ContractFromTemplate, "contract-from-template", [.. DemoContracts.Questionnaire]));
    }

    static RequestTypeSpec Spec(Guid category, string en, string ar, string descEn, string descAr, RequestKind kind, string workflow,
        params FieldDefinition[] fields) =>
        new(category, new(en, ar), new(descEn, descAr), null, kind, workflow, null, Priority.Normal, null,
            Audience.AllClients, [], true, 48, fields);
}
