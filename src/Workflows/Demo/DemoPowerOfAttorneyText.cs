using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Demo;

// The seeded power of attorney: general or litigation powers, optional delegation and a fixed expiry.
internal static class DemoPowerOfAttorneyText
{
    public static IReadOnlyList<FieldDefinition> Questionnaire =>
    [
        new() { Key = "attorney", Type = FieldType.Text, Label = new("Attorney's full name", "الاسم الكامل للوكيل"), Required = true, MaxLength = 150, Order = 1 },
        new() { Key = "attorneyId", Type = FieldType.Text, Label = new("Attorney's national ID or iqama number", "رقم هوية الوكيل أو إقامته"), Required = true, MaxLength = 20, Order = 2 },
        new()
        {
            Key = "scope", Type = FieldType.SingleChoice, Label = new("Powers granted", "الصلاحيات الممنوحة"), Required = true, Default = "litigation", Order = 3,
            Options = [new("litigation", new("Litigation before courts", "الترافع أمام المحاكم")), new("general", new("General management", "الإدارة العامة"))],
        },
        new() { Key = "matter", Type = FieldType.LongText, Label = new("Matter or purpose", "الموضوع أو الغرض"), Required = true, MaxLength = 1000, Order = 4 },
        new() { Key = "issueDate", Type = FieldType.Date, Label = new("Date of issue", "تاريخ الإصدار"), Required = true, Order = 5 },
        new() { Key = "allowDelegation", Type = FieldType.YesNo, Label = new("May the attorney delegate?", "هل يحق للوكيل التوكيل؟"), Order = 6 },
        new() { Key = "hasExpiry", Type = FieldType.YesNo, Label = new("Does it expire on a set date?", "هل تنتهي في تاريخ محدد؟"), Order = 7 },
        new() { Key = "expiryDate", Type = FieldType.Date, Label = new("Expiry date", "تاريخ الانتهاء"), Order = 8, VisibleWhen = new("hasExpiry", ["true"]) },
    ];

    public const string English = """
        # Power of Attorney

        On {{ issueDate | long_date: "hijri" }}, **Al Noor Trading Co.**, a company registered in the Kingdom of Saudi Arabia, acting through its authorised signatory (the "Principal"), appoints:

        | Attorney | Identification |
        |---|---|
        | {{ attorney }} | {{ attorneyId }} |

        (the "Attorney") as its attorney, to act in its name and on its behalf in the following matter: {{ matter }}

        ## 1. Powers granted

        {% if scope == "litigation" %}The Principal authorises the Attorney to represent it before all courts of the Kingdom of Saudi Arabia of every degree, the Board of Grievances, the labour courts, committees for the settlement of disputes and the Public Prosecution, and in doing so to:

        - file claims and petitions, appear, plead and defend, and submit memoranda and evidence;
        - request and attend hearings, hear and deny claims, and request the oath or waive it;
        - request experts and witnesses, challenge them, and accept or reject their reports;
        - accept or reject judgments, object to them and appeal them, request reconsideration and enforcement;
        - settle, reconcile and waive, within the limits the Principal sets in writing; and
        - receive copies of judgments and documents and sign everything these powers require.{% else %}The Principal authorises the Attorney to manage its affairs in connection with the matter above, and in doing so to:

        - review, negotiate and sign correspondence, applications and forms before government authorities, ministries and chambers of commerce;
        - complete registrations, renewals and amendments of licences and commercial records;
        - open and follow up files with public and private entities and receive documents and certificates;
        - pay fees and charges due and receive receipts for them; and
        - sign everything these powers require.{% endif %}

        ## 2. Limits

        The Attorney shall act within the powers above, in the Principal's interest and in accordance with its written instructions. The Attorney may not receive or pay sums on the Principal's behalf, except official fees, and may not acknowledge a right or a debt against the Principal, without the Principal's prior written approval.

        ## 3. Delegation

        {% if allowDelegation %}The Attorney may delegate all or some of these powers to another person, and may revoke that delegation. The Attorney remains responsible to the Principal for the acts of any delegate.{% else %}The Attorney may not delegate any of these powers to another person.{% endif %}

        ## 4. Duty to report

        The Attorney shall keep the Principal informed of every material step taken under this power of attorney, give it copies of all documents filed and received, and account to it for any documents or sums received.

        ## 5. Duration and revocation

        {% if hasExpiry and expiryDate %}This power of attorney takes effect on {{ issueDate | long_date }} and expires on {{ expiryDate | long_date }}.{% else %}This power of attorney takes effect on {{ issueDate | long_date }} and remains in force until revoked.{% endif %} The Principal may revoke it at any time by written notice to the Attorney; the revocation does not affect acts the Attorney lawfully performed before receiving the notice.

        ## 6. Governing law

        This power of attorney is governed by the laws of the Kingdom of Saudi Arabia. It shall be documented by a notary or through the Ministry of Justice's electronic services before it is used before the authorities.

        ## Signature of the Principal

        | For Al Noor Trading Co. | |
        |---|---|
        | Authorised signatory: | |
        | Signature: | Company seal: |
        """;

    public const string Arabic = """
        # وكالة

        في {{ issueDate | long_date: "hijri" }}، تقرّ **شركة النور التجارية**، وهي شركة مسجلة في المملكة العربية السعودية، ممثلةً بمفوضها بالتوقيع ("الموكل")، بأنها وكّلت:

        | الوكيل | رقم الهوية |
        |---|---|
        | {{ attorney }} | {{ attorneyId }} |

        ("الوكيل") ليتصرف باسمها ونيابةً عنها في الموضوع التالي: {{ matter }}

        ## ١. الصلاحيات الممنوحة

        {% if scope == "litigation" %}يفوّض الموكل الوكيل في تمثيله أمام جميع محاكم المملكة العربية السعودية بدرجاتها، وديوان المظالم، والمحاكم العمالية، ولجان الفصل في المنازعات، والنيابة العامة، وله في سبيل ذلك:

        - إقامة الدعاوى وتقديم الطلبات والحضور والمرافعة والمدافعة وتقديم المذكرات والبينات؛
        - طلب الجلسات وحضورها وسماع الدعاوى والرد عليها وطلب اليمين أو ردها أو الامتناع عنها؛
        - طلب الخبراء والشهود والطعن فيهم وقبول تقاريرهم أو ردها؛
        - قبول الأحكام أو نفيها والاعتراض عليها واستئنافها وطلب التماس إعادة النظر والتنفيذ؛
        - الصلح والتنازل والإبراء في الحدود التي يحددها الموكل كتابةً؛
        - استلام صكوك الأحكام والمستندات والتوقيع على كل ما تقتضيه هذه الصلاحيات.{% else %}يفوّض الموكل الوكيل في إدارة شؤونه المتصلة بالموضوع المذكور أعلاه، وله في سبيل ذلك:

        - مراجعة المكاتبات والطلبات والنماذج والتفاوض بشأنها وتوقيعها لدى الجهات الحكومية والوزارات والغرف التجارية؛
        - إتمام تسجيل التراخيص والسجلات التجارية وتجديدها وتعديلها؛
        - فتح الملفات لدى الجهات العامة والخاصة ومتابعتها واستلام المستندات والشهادات؛
        - سداد الرسوم والمبالغ المستحقة واستلام إيصالاتها؛
        - التوقيع على كل ما تقتضيه هذه الصلاحيات.{% endif %}

        ## ٢. الحدود

        يتصرف الوكيل في حدود الصلاحيات المذكورة، ولمصلحة الموكل، ووفق تعليماته الكتابية. ولا يجوز للوكيل قبض أي مبالغ أو دفعها نيابة عن الموكل، عدا الرسوم الرسمية، ولا الإقرار بحق أو دين على الموكل، إلا بموافقة كتابية مسبقة من الموكل.

        ## ٣. التوكيل

        {% if allowDelegation %}يحق للوكيل توكيل غيره في كل هذه الصلاحيات أو بعضها وعزله، ويبقى الوكيل مسؤولًا أمام الموكل عن تصرفات من يوكله.{% else %}لا يحق للوكيل توكيل غيره في أي من هذه الصلاحيات.{% endif %}

        ## ٤. واجب الإبلاغ

        يُطلع الوكيل الموكل على كل إجراء جوهري يتخذه بموجب هذه الوكالة، ويسلمه نسخًا من جميع المستندات المقدمة والمستلمة، ويقدم له حسابًا عن أي مستندات أو مبالغ يتسلمها.

        ## ٥. المدة والعزل

        {% if hasExpiry and expiryDate %}تسري هذه الوكالة اعتبارًا من {{ issueDate | long_date }} وتنتهي في {{ expiryDate | long_date }}.{% else %}تسري هذه الوكالة اعتبارًا من {{ issueDate | long_date }} وتبقى نافذة حتى عزل الوكيل.{% endif %} ويجوز للموكل عزل الوكيل في أي وقت بإخطار كتابي، ولا يمس العزل التصرفات التي أجراها الوكيل على نحو مشروع قبل تسلمه الإخطار.

        ## ٦. النظام الواجب التطبيق

        تخضع هذه الوكالة لأنظمة المملكة العربية السعودية، وتُوثَّق لدى كاتب العدل أو عبر الخدمات الإلكترونية لوزارة العدل قبل استعمالها أمام الجهات.

        ## توقيع الموكل

        | عن شركة النور التجارية | |
        |---|---|
        | المفوض بالتوقيع: | |
        | التوقيع: | ختم الشركة: |
        """;
}
