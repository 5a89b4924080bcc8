using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Demo;

// The seeded employment offer letter, with optional housing allowance, probation and confidentiality.
internal static class DemoEmploymentText
{
    public static IReadOnlyList<FieldDefinition> Questionnaire =>
    [
        new() { Key = "candidate", Type = FieldType.Text, Label = new("Candidate's full name", "الاسم الكامل للمرشح"), Required = true, MaxLength = 150, Order = 1 },
        new() { Key = "jobTitle", Type = FieldType.Text, Label = new("Job title", "المسمى الوظيفي"), Required = true, MaxLength = 150, Order = 2 },
        new() { Key = "startDate", Type = FieldType.Date, Label = new("Start date", "تاريخ المباشرة"), Required = true, Order = 3 },
        new() { Key = "salary", Type = FieldType.Money, Label = new("Basic monthly salary", "الراتب الأساسي الشهري"), Required = true, Min = 0, Order = 4 },
        new() { Key = "includeHousing", Type = FieldType.YesNo, Label = new("Housing allowance?", "بدل سكن؟"), Order = 5 },
        new()
        {
            Key = "housing", Type = FieldType.Money, Label = new("Monthly housing allowance", "بدل السكن الشهري"), Min = 0, Order = 6,
            VisibleWhen = new("includeHousing", ["true"]),
        },
        new() { Key = "probationDays", Type = FieldType.Number, Label = new("Probation (days, at most 180)", "فترة التجربة (بالأيام، ١٨٠ كحد أقصى)"), Default = "90", Min = 0, Max = 180, Order = 7 },
        new() { Key = "annualLeave", Type = FieldType.Number, Label = new("Annual leave (days)", "الإجازة السنوية (بالأيام)"), Default = "21", Min = 21, Max = 60, Order = 8 },
        new() { Key = "includeConfidentiality", Type = FieldType.YesNo, Label = new("Add a confidentiality clause?", "إضافة بند السرية؟"), Default = "true", Order = 9 },
    ];

    public const string English = """
        # Employment Offer

        **Al Noor Trading Co.**, Riyadh, Kingdom of Saudi Arabia

        Dear **{{ candidate }}**,

        We are pleased to offer you employment with Al Noor Trading Co. (the "Company") as **{{ jobTitle }}** on the terms below. This offer, once accepted, forms your employment contract together with the Company's work regulations approved under the Saudi Labour Law.

        | Term | Offered |
        |---|---|
        | Position | {{ jobTitle }} |
        | Start date | {{ startDate | long_date }} |
        | Basic salary | {{ salary | money: "SAR" }} a month |
        {% if includeHousing %}| Housing allowance | {{ housing | money: "SAR" }} a month |
        {% endif %}| Probation | {{ probationDays | default: 90 }} days |
        | Annual leave | {{ annualLeave | default: 21 }} days |

        ## 1. Position and duties

        You will be employed as {{ jobTitle }} and will report to the manager the Company designates. You shall perform the duties of the position faithfully and diligently, comply with the lawful instructions of the Company and its work regulations, and devote your full working time to the Company's business.

        ## 2. Start date and term

        Your employment starts on {{ startDate | long_date }}. It is for an indefinite term and continues until ended in accordance with this offer and the Saudi Labour Law.

        ## 3. Probation

        {% if probationDays == "0" %}Your employment is not subject to a probation period.{% else %}The first {{ probationDays | default: 90 }} days of your employment are a probation period, excluding Eid al-Fitr and Eid al-Adha holidays and sick leave. During probation either party may end the employment without notice or end-of-service award.{% endif %}

        ## 4. Salary and allowances

        The Company shall pay you a basic salary of {{ salary | money: "SAR" }} ({{ salary | in_words: "SAR" }}) a month{% if includeHousing %}, and a housing allowance of {{ housing | money: "SAR" }} ({{ housing | in_words: "SAR" }}) a month{% endif %}, paid into your bank account in Saudi riyals at the end of each Gregorian month. The Company shall register you with the General Organization for Social Insurance and deduct your share of contributions as the law requires.

        ## 5. Working hours

        Your working hours are those set by the Company's work regulations and shall not exceed the limits of the Saudi Labour Law. Overtime, if required, is paid in accordance with the law.

        ## 6. Leave

        You are entitled to {{ annualLeave | default: 21 }} days of paid annual leave for each year of service, rising to thirty days after five years of continuous service, and to official public holidays, sick leave and the other leave provided by the Saudi Labour Law.

        ## 7. Medical insurance

        The Company shall provide you{% if includeHousing %} and your eligible family members{% endif %} with medical insurance in accordance with the Cooperative Health Insurance Law.

        ## 8. End of employment

        After probation, either party may end the employment by giving the other sixty days' written notice, or pay in lieu of notice. On the end of your employment you are entitled to the end-of-service award calculated under the Saudi Labour Law.

        {% if includeConfidentiality %}{% clause "confidentiality" %}{% endif %}

        ## Governing law

        This offer and your employment are governed by the laws of the Kingdom of Saudi Arabia, and the labour courts have jurisdiction over any dispute about them.

        ## Acceptance

        Please confirm your acceptance by signing below within seven days. This offer is conditional on your passing the Company's medical examination and on your documents being verified.

        | For the Company | Accepted by the candidate |
        |---|---|
        | Al Noor Trading Co. | {{ candidate }} |
        | Signature: | Signature: |
        | Date: | Date: |
        """;

    public const string Arabic = """
        # عرض عمل

        **شركة النور التجارية**، الرياض، المملكة العربية السعودية

        السيد/السيدة **{{ candidate }}** المحترم/المحترمة،

        يسرّنا أن نعرض عليكم العمل لدى شركة النور التجارية ("الشركة") بوظيفة **{{ jobTitle }}** وفق الشروط الآتية. ويشكّل هذا العرض بعد قبوله عقد عملكم، مع لائحة تنظيم العمل في الشركة المعتمدة وفق نظام العمل السعودي.

        | البند | المعروض |
        |---|---|
        | الوظيفة | {{ jobTitle }} |
        | تاريخ المباشرة | {{ startDate | long_date: "hijri" }} |
        | الراتب الأساسي | {{ salary | money: "SAR" }} شهريًا |
        {% if includeHousing %}| بدل السكن | {{ housing | money: "SAR" }} شهريًا |
        {% endif %}| فترة التجربة | {{ probationDays | default: 90 }} يومًا |
        | الإجازة السنوية | {{ annualLeave | default: 21 }} يومًا |

        ## ١. الوظيفة والمهام

        تعملون بوظيفة {{ jobTitle }} وترتبطون بالمدير الذي تحدده الشركة، وتلتزمون بأداء مهام الوظيفة بأمانة وإخلاص، وباتباع تعليمات الشركة المشروعة ولائحة تنظيم العمل فيها، وبتخصيص كامل وقت العمل لأعمال الشركة.

        ## ٢. تاريخ المباشرة والمدة

        تبدأ علاقة العمل في {{ startDate | long_date }}، وهي غير محددة المدة، وتستمر حتى انتهائها وفق هذا العرض ونظام العمل السعودي.

        ## ٣. فترة التجربة

        {% if probationDays == "0" %}لا تخضع علاقة العمل لفترة تجربة.{% else %}تُعد الأيام الـ{{ probationDays | default: 90 }} الأولى من العمل فترة تجربة، لا تدخل فيها إجازتا عيدي الفطر والأضحى والإجازات المرضية. ويجوز لأي من الطرفين خلال فترة التجربة إنهاء العلاقة دون إشعار أو مكافأة نهاية خدمة.{% endif %}

        ## ٤. الراتب والبدلات

        تدفع لكم الشركة راتبًا أساسيًا قدره {{ salary | money: "SAR" }} ({{ salary | in_words: "SAR" }}) شهريًا{% if includeHousing %}، وبدل سكن قدره {{ housing | money: "SAR" }} ({{ housing | in_words: "SAR" }}) شهريًا{% endif %}، يُحوَّل إلى حسابكم المصرفي بالريال السعودي في نهاية كل شهر ميلادي. وتسجلكم الشركة في المؤسسة العامة للتأمينات الاجتماعية وتقتطع حصتكم من الاشتراكات وفق النظام.

        ## ٥. ساعات العمل

        تكون ساعات العمل وفق لائحة تنظيم العمل في الشركة، ولا تتجاوز الحدود المقررة في نظام العمل السعودي، ويُدفع أجر العمل الإضافي عند طلبه وفق النظام.

        ## ٦. الإجازات

        تستحقون إجازة سنوية مدفوعة الأجر مدتها {{ annualLeave | default: 21 }} يومًا عن كل سنة خدمة، تزاد إلى ثلاثين يومًا بعد خمس سنوات خدمة متصلة، إضافةً إلى العطلات الرسمية والإجازات المرضية وسائر الإجازات المقررة في نظام العمل السعودي.

        ## ٧. التأمين الطبي

        توفر لكم الشركة{% if includeHousing %} ولأفراد أسرتكم المستحقين{% endif %} تأمينًا طبيًا وفق نظام الضمان الصحي التعاوني.

        ## ٨. انتهاء العلاقة

        بعد انتهاء فترة التجربة، يجوز لأي من الطرفين إنهاء علاقة العمل بإشعار كتابي مدته ستون يومًا أو بدفع أجر مدة الإشعار، وتستحقون عند انتهاء العلاقة مكافأة نهاية الخدمة المحسوبة وفق نظام العمل السعودي.

        {% if includeConfidentiality %}{% clause "confidentiality" %}{% endif %}

        ## القانون الواجب التطبيق

        يخضع هذا العرض وعلاقة العمل لأنظمة المملكة العربية السعودية، وتختص المحاكم العمالية بنظر أي نزاع بشأنهما.

        ## القبول

        نرجو تأكيد قبولكم بالتوقيع أدناه خلال سبعة أيام. ويُشترط لنفاذ هذا العرض اجتيازكم الفحص الطبي للشركة والتحقق من مستنداتكم.

        | عن الشركة | قبول المرشح |
        |---|---|
        | شركة النور التجارية | {{ candidate }} |
        | التوقيع: | التوقيع: |
        | التاريخ: | التاريخ: |
        """;
}
