using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Demo;

// The seeded non-disclosure agreement: mutual or one-way, with an optional non-solicitation clause.
internal static class DemoNdaText
{
    public static IReadOnlyList<FieldDefinition> Questionnaire =>
    [
        new() { Key = "otherParty", Type = FieldType.Text, Label = new("Other party", "الطرف الآخر"), Required = true, MaxLength = 150, Order = 1 },
        new() { Key = "purpose", Type = FieldType.LongText, Label = new("Purpose of the disclosure", "الغرض من الإفصاح"), Required = true, MaxLength = 1000, Order = 2 },
        new()
        {
            Key = "direction", Type = FieldType.SingleChoice, Label = new("Who discloses?", "من يفصح عن المعلومات؟"), Required = true, Order = 3, Default = "mutual",
            Options = [new("mutual", new("Both parties", "الطرفان")), new("client", new("Only us", "نحن فقط"))],
        },
        new() { Key = "effectiveDate", Type = FieldType.Date, Label = new("Effective date", "تاريخ السريان"), Required = true, Order = 4 },
        new() { Key = "years", Type = FieldType.Number, Label = new("Years the obligations last", "مدة الالتزام (بالسنوات)"), Required = true, Default = "3", Min = 1, Max = 10, Order = 5 },
        new() { Key = "includeNonSolicitation", Type = FieldType.YesNo, Label = new("Add a non-solicitation clause?", "إضافة بند عدم الاستقطاب؟"), Order = 6 },
        new()
        {
            Key = "nonSolicitationMonths", Type = FieldType.Number, Label = new("Non-solicitation period (months)", "مدة عدم الاستقطاب (بالأشهر)"),
            Default = "12", Min = 1, Max = 36, Order = 7, VisibleWhen = new("includeNonSolicitation", ["true"]),
        },
        new() { Key = "includeArbitration", Type = FieldType.YesNo, Label = new("Settle disputes by arbitration?", "تسوية النزاعات بالتحكيم؟"), Order = 8 },
    ];

    public const string English = """
        # Non-Disclosure Agreement

        This Non-Disclosure Agreement (the "Agreement") is made on {{ effectiveDate | long_date }} between **Al Noor Trading Co.** ("Al Noor") and **{{ otherParty }}** (the "Counterparty").

        ## Background

        The parties wish to exchange information for the following purpose: {{ purpose }} (the "Purpose"). {% if direction == "mutual" %}Each party may disclose Confidential Information to the other, and each is both a "Disclosing Party" and a "Receiving Party".{% else %}Al Noor will disclose Confidential Information to the Counterparty; Al Noor is the "Disclosing Party" and the Counterparty the "Receiving Party".{% endif %}

        ## 1. Confidential Information

        "Confidential Information" means all information, in any form, that the Disclosing Party or anyone on its behalf makes available to the Receiving Party in connection with the Purpose, including business plans, financial information, customer and supplier lists, pricing, know-how, technical data, software, designs and the terms of the parties' discussions, whether or not it is marked as confidential.

        ## 2. Obligations of the Receiving Party

        The Receiving Party shall:

        - keep the Confidential Information secret and protect it with at least the care it uses for its own confidential information, and never less than reasonable care;
        - use the Confidential Information only for the Purpose;
        - disclose it only to its directors, employees and professional advisers who need to know it for the Purpose and who are bound by obligations of confidentiality no less strict than those in this Agreement;
        - not copy or reproduce it except as reasonably necessary for the Purpose; and
        - notify the Disclosing Party promptly on becoming aware of any unauthorised use or disclosure.

        ## 3. Exceptions

        The obligations in clause 2 do not apply to information that the Receiving Party can show: was public when disclosed or became public other than through its breach; was lawfully in its possession before disclosure without an obligation of confidence; was received from a third party entitled to disclose it; or was developed independently without use of the Confidential Information.

        ## 4. Disclosure required by law

        If a law, regulation or competent authority requires the Receiving Party to disclose Confidential Information, it may do so to the extent required, provided that, where lawful, it gives the Disclosing Party prompt notice so that the Disclosing Party may seek protection, and discloses only what is legally required.

        ## 5. Return and destruction

        On the Disclosing Party's written request, or when the Purpose ends, the Receiving Party shall promptly return or destroy all Confidential Information and confirm in writing that it has done so, except copies it must keep by law, which remain subject to this Agreement.

        ## 6. No licence and no warranty

        All Confidential Information remains the property of the Disclosing Party. Nothing in this Agreement grants a licence under any intellectual property right. Confidential Information is provided "as is" and the Disclosing Party gives no warranty as to its accuracy or completeness.

        ## 7. Duration

        This Agreement starts on {{ effectiveDate | long_date }}. The obligations in it last for {{ years }} years from that date, and for trade secrets for as long as they remain trade secrets.

        ## 8. Remedies

        The Receiving Party acknowledges that damages alone may not be an adequate remedy for a breach of this Agreement, and that the Disclosing Party is entitled to seek an injunction or other interim relief from a competent court, in addition to any other remedy.

        {% if includeNonSolicitation %}{% clause "non-solicitation" %}{% endif %}

        {% if includeArbitration %}{% clause "arbitration" %}{% endif %}

        ## Governing law

        This Agreement is governed by the laws of the Kingdom of Saudi Arabia.{% unless includeArbitration %} The competent courts of Riyadh have jurisdiction over any dispute arising out of or in connection with it.{% endunless %}

        ## General

        This Agreement is the entire agreement between the parties about its subject. It may be changed only in writing signed by both parties. Neither party may assign it without the other's written consent. It is made in Arabic and English; if the two texts differ, the Arabic text prevails.

        ## Signatures

        | For Al Noor Trading Co. | For {{ otherParty }} |
        |---|---|
        | Name: | Name: |
        | Title: | Title: |
        | Signature: | Signature: |
        """;

    public const string Arabic = """
        # اتفاقية عدم إفصاح

        أُبرمت اتفاقية عدم الإفصاح هذه ("الاتفاقية") بتاريخ {{ effectiveDate | long_date: "hijri" }} بين **شركة النور التجارية** ("النور") و**{{ otherParty }}** ("الطرف المقابل").

        ## التمهيد

        يرغب الطرفان في تبادل معلومات للغرض التالي: {{ purpose }} ("الغرض"). {% if direction == "mutual" %}يجوز لكل طرف الإفصاح للآخر عن معلومات سرية، ويُعد كل منهما "طرفًا مفصحًا" و"طرفًا متلقيًا".{% else %}تفصح النور عن معلومات سرية للطرف المقابل، وتكون النور "الطرف المفصح" والطرف المقابل "الطرف المتلقي".{% endif %}

        ## ١. المعلومات السرية

        يُقصد بـ"المعلومات السرية" جميع المعلومات، بأي شكل كانت، التي يتيحها الطرف المفصح أو من ينوب عنه للطرف المتلقي فيما يتصل بالغرض، بما في ذلك خطط الأعمال والمعلومات المالية وقوائم العملاء والموردين والأسعار والخبرات والبيانات الفنية والبرمجيات والتصاميم وشروط المباحثات بين الطرفين، سواء وُسمت بأنها سرية أم لا.

        ## ٢. التزامات الطرف المتلقي

        يلتزم الطرف المتلقي بما يلي:

        - الحفاظ على سرية المعلومات السرية وحمايتها بعناية لا تقل عن العناية التي يبذلها لحماية معلوماته السرية، وفي جميع الأحوال بعناية معقولة؛
        - عدم استخدام المعلومات السرية إلا للغرض؛
        - عدم الإفصاح عنها إلا لأعضاء مجلس إدارته وموظفيه ومستشاريه المهنيين الذين يحتاجون إلى معرفتها للغرض والملتزمين بواجبات سرية لا تقل صرامة عما في هذه الاتفاقية؛
        - عدم نسخها أو استنساخها إلا بالقدر اللازم للغرض؛
        - إخطار الطرف المفصح فورًا عند علمه بأي استخدام أو إفصاح غير مأذون به.

        ## ٣. الاستثناءات

        لا تسري الالتزامات الواردة في البند ٢ على المعلومات التي يثبت الطرف المتلقي أنها كانت متاحة للعامة عند الإفصاح أو أصبحت كذلك بغير إخلال منه، أو كانت في حوزته بصورة مشروعة قبل الإفصاح دون التزام بالسرية، أو تلقاها من طرف ثالث يحق له الإفصاح عنها، أو طوّرها بصورة مستقلة دون استخدام المعلومات السرية.

        ## ٤. الإفصاح الذي يفرضه النظام

        إذا أوجب نظام أو لائحة أو جهة مختصة على الطرف المتلقي الإفصاح عن معلومات سرية، جاز له ذلك بالقدر المطلوب، بشرط أن يُخطر الطرف المفصح فورًا متى كان ذلك نظاميًا ليتمكن من طلب الحماية، وألا يفصح إلا عما يوجبه النظام.

        ## ٥. الإعادة والإتلاف

        بناءً على طلب كتابي من الطرف المفصح، أو عند انتهاء الغرض، يعيد الطرف المتلقي جميع المعلومات السرية أو يتلفها فورًا ويؤكد ذلك كتابةً، عدا النسخ التي يلزمه النظام بالاحتفاظ بها، والتي تبقى خاضعة لهذه الاتفاقية.

        ## ٦. عدم الترخيص وعدم الضمان

        تبقى جميع المعلومات السرية مملوكة للطرف المفصح، ولا يمنح أي نص في هذه الاتفاقية ترخيصًا بموجب أي حق من حقوق الملكية الفكرية. وتُقدَّم المعلومات السرية "بحالتها" دون أي ضمان من الطرف المفصح بشأن دقتها أو اكتمالها.

        ## ٧. المدة

        تسري هذه الاتفاقية اعتبارًا من {{ effectiveDate | long_date }}، وتستمر الالتزامات الواردة فيها مدة {{ years }} سنوات من ذلك التاريخ، وبالنسبة للأسرار التجارية ما دامت محتفظة بصفتها هذه.

        ## ٨. وسائل الانتصاف

        يقر الطرف المتلقي بأن التعويض وحده قد لا يكون وسيلة انتصاف كافية عند الإخلال بهذه الاتفاقية، وبأن للطرف المفصح أن يطلب من المحكمة المختصة أمرًا بالمنع أو أي إجراء وقتي آخر، إضافةً إلى أي وسيلة انتصاف أخرى.

        {% if includeNonSolicitation %}{% clause "non-solicitation" %}{% endif %}

        {% if includeArbitration %}{% clause "arbitration" %}{% endif %}

        ## القانون الواجب التطبيق

        تخضع هذه الاتفاقية لأنظمة المملكة العربية السعودية.{% unless includeArbitration %} وتختص محاكم مدينة الرياض بنظر أي نزاع ينشأ عنها أو يتصل بها.{% endunless %}

        ## أحكام عامة

        تمثل هذه الاتفاقية كامل الاتفاق بين الطرفين بشأن موضوعها، ولا يجوز تعديلها إلا كتابةً بتوقيع الطرفين، ولا يجوز لأي طرف التنازل عنها دون موافقة كتابية من الآخر. حُررت باللغتين العربية والإنجليزية، وعند الاختلاف يُعتد بالنص العربي.

        ## التوقيعات

        | عن شركة النور التجارية | عن {{ otherParty }} |
        |---|---|
        | الاسم: | الاسم: |
        | الصفة: | الصفة: |
        | التوقيع: | التوقيع: |
        """;
}
