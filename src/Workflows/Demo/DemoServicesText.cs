namespace WorkflowPortal.Workflows.Demo;

// The seeded services agreement, in both languages (Liquid + Markdown, rendered by the documents library).
internal static class DemoServicesText
{
    public const string English = """
        # Services Agreement

        This Services Agreement (the "Agreement") is made between **Al Noor Trading Co.**, a company registered in the Kingdom of Saudi Arabia (the "Client"), and **{{ counterpartyName }}** (the "Provider"), each a "Party" and together the "Parties".

        | Particular | Agreed |
        |---|---|
        | Provider | {{ counterpartyName }} |
        | Fee | {{ contractValue | money: "SAR" }} |
        | Start date | {{ startDate | long_date }} ({{ startDate }}) |
        | Payment terms | {{ paymentDays | default: 30 }} days from invoice |

        ## 1. Definitions and interpretation

        In this Agreement, "Services" means the services described in clause 2; "Deliverables" means everything the Provider produces for the Client in performing the Services; "Business Day" means a day other than a Friday, a Saturday or an official public holiday in the Kingdom of Saudi Arabia. Headings are for convenience only and do not affect interpretation. A reference to a party includes its successors and permitted assigns.

        ## 2. Services

        The Provider shall provide the following services: {{ services }}

        The Provider shall perform the Services with the skill, care and diligence expected of a competent provider of services of the same kind, in accordance with the applicable laws and regulations of the Kingdom of Saudi Arabia and with the Client's reasonable instructions communicated in writing. The Provider shall appoint a representative who has authority to take decisions on its behalf in relation to the Services.

        ## 3. Fee and payment

        In consideration of the Services, the Client shall pay the Provider a fee of {{ contractValue | money: "SAR" }} ({{ contractValue | in_words: "SAR" }}), exclusive of value added tax, in accordance with the milestones agreed between the Parties.

        The Provider shall invoice the Client when each milestone is completed. The Client shall pay each correct and undisputed invoice within {{ paymentDays | default: 30 }} days of receiving it. If the Client disputes an invoice in good faith, it shall notify the Provider of the reasons within ten Business Days and pay the undisputed part.

        ## 4. Term

        This Agreement starts on {{ startDate | long_date }} and continues until the Services are completed and accepted, unless it is terminated earlier in accordance with clause 9.

        ## 5. Client's obligations

        The Client shall give the Provider timely access to the information, premises and personnel the Provider reasonably needs to perform the Services, and shall take the decisions and give the approvals the Provider reasonably requests without undue delay. The Provider is not responsible for a delay caused by the Client's failure to do so.

        ## 6. Acceptance

        The Client shall review each Deliverable within ten Business Days of receiving it and either accept it or give the Provider written reasons why it does not meet this Agreement. The Provider shall correct the Deliverable at its own cost and resubmit it. A Deliverable is accepted when the Client confirms it in writing or does not object within the review period.

        ## 7. Intellectual property

        On payment of the fee for a Deliverable, all intellectual property rights in that Deliverable pass to the Client. The Provider keeps its rights in the tools, methods and know-how it had before this Agreement, and grants the Client a non-exclusive, perpetual licence to use them to the extent they are part of a Deliverable.

        ## 8. Liability

        Neither Party is liable to the other for indirect or consequential loss, or for loss of profit, revenue or goodwill. Except for fraud, wilful misconduct or a breach of confidentiality, each Party's total liability under this Agreement is limited to the fee paid and payable under it.

        ## 9. Termination

        Either Party may terminate this Agreement by written notice if the other Party commits a material breach and does not remedy it within thirty days of being notified of it, or if the other Party becomes insolvent. The Client may also terminate this Agreement for convenience on thirty days' written notice, in which case it shall pay for the Services properly performed until the termination takes effect.

        ## 10. Force majeure

        Neither Party is liable for a delay or failure to perform caused by events beyond its reasonable control, provided it notifies the other Party promptly and takes reasonable steps to limit the effect. If such an event lasts more than sixty days, either Party may terminate this Agreement by written notice.

        ## 11. Notices

        Notices under this Agreement shall be in writing and delivered by hand, by courier or by email to the addresses the Parties give each other. A notice sent by email is received on the Business Day after it is sent, unless the sender receives a message that it was not delivered.

        {% if includeConfidentiality %}{% clause "confidentiality" %}{% endif %}

        {% if includeNonSolicitation %}{% clause "non-solicitation" %}{% endif %}

        {% if includeArbitration %}{% clause "arbitration" %}{% endif %}

        ## Governing law

        This Agreement is governed by the laws of the Kingdom of Saudi Arabia.{% unless includeArbitration %} The competent courts of Riyadh have jurisdiction over any dispute arising out of or in connection with it.{% endunless %}

        ## Entire agreement

        This Agreement is the entire agreement between the Parties about its subject and replaces any earlier understanding. It may be changed only in writing signed by both Parties. It is made in Arabic and English; if the two texts differ, the Arabic text prevails.

        ## Signatures

        | For the Client | For the Provider |
        |---|---|
        | Al Noor Trading Co. | {{ counterpartyName }} |
        | Name: | Name: |
        | Signature: | Signature: |
        | Date: | Date: |
        """;

    public const string Arabic = """
        # اتفاقية خدمات

        أُبرمت اتفاقية الخدمات هذه ("الاتفاقية") بين **شركة النور التجارية**، وهي شركة مسجلة في المملكة العربية السعودية ("العميل")، و**{{ counterpartyName }}** ("مقدم الخدمة")، ويُشار إلى كل منهما بـ"الطرف" وإليهما معًا بـ"الطرفين".

        | البيان | المتفق عليه |
        |---|---|
        | مقدم الخدمة | {{ counterpartyName }} |
        | الأتعاب | {{ contractValue | money: "SAR" }} |
        | تاريخ البدء | {{ startDate | long_date: "hijri" }} |
        | شروط السداد | {{ paymentDays | default: 30 }} يومًا من تاريخ الفاتورة |

        ## ١. التعريفات والتفسير

        يُقصد بـ"الخدمات" في هذه الاتفاقية الخدمات الموصوفة في البند ٢، وبـ"المخرجات" كل ما يعدّه مقدم الخدمة للعميل أثناء تقديم الخدمات، وبـ"يوم العمل" أي يوم عدا الجمعة والسبت والعطلات الرسمية في المملكة العربية السعودية. وُضعت العناوين للتيسير ولا أثر لها في التفسير، وتشمل الإشارة إلى أي طرف خلفاءه والمتنازل لهم المأذون لهم.

        ## ٢. الخدمات

        يلتزم مقدم الخدمة بتقديم الخدمات التالية: {{ services }}

        يؤدي مقدم الخدمة الخدمات بالمهارة والعناية والحرص المتوقعة من مقدم خدمات كفء من النوع نفسه، ووفق الأنظمة واللوائح المعمول بها في المملكة العربية السعودية وتعليمات العميل المعقولة المبلغة كتابةً. ويعيّن مقدم الخدمة ممثلًا له صلاحية اتخاذ القرارات نيابة عنه فيما يخص الخدمات.

        ## ٣. الأتعاب والسداد

        مقابل الخدمات، يدفع العميل لمقدم الخدمة أتعابًا قدرها {{ contractValue | money: "SAR" }} ({{ contractValue | in_words: "SAR" }})، غير شاملة ضريبة القيمة المضافة، وفق المراحل المتفق عليها بين الطرفين.

        يُصدر مقدم الخدمة فاتورة للعميل عند إتمام كل مرحلة، ويسدد العميل كل فاتورة صحيحة وغير متنازع عليها خلال {{ paymentDays | default: 30 }} يومًا من استلامها. وإذا نازع العميل بحسن نية في فاتورة، فعليه إخطار مقدم الخدمة بالأسباب خلال عشرة أيام عمل وسداد الجزء غير المتنازع عليه.

        ## ٤. المدة

        تبدأ هذه الاتفاقية في {{ startDate | long_date }} وتستمر حتى إتمام الخدمات وقبولها، ما لم تُنهَ قبل ذلك وفق البند ٩.

        ## ٥. التزامات العميل

        يمكّن العميل مقدم الخدمة في الوقت المناسب من الوصول إلى المعلومات والمقار والعاملين الذين يحتاج إليهم بصورة معقولة لتقديم الخدمات، ويتخذ القرارات ويمنح الموافقات التي يطلبها مقدم الخدمة بصورة معقولة دون تأخير غير مبرر. ولا يُسأل مقدم الخدمة عن أي تأخير ينتج عن إخلال العميل بذلك.

        ## ٦. القبول

        يراجع العميل كل مخرج خلال عشرة أيام عمل من استلامه، فإما أن يقبله أو يبيّن لمقدم الخدمة كتابةً أسباب عدم مطابقته لهذه الاتفاقية، وعندئذ يصحح مقدم الخدمة المخرج على نفقته ويعيد تقديمه. ويُعد المخرج مقبولًا متى أكد العميل ذلك كتابةً أو لم يعترض خلال مدة المراجعة.

        ## ٧. الملكية الفكرية

        عند سداد أتعاب أي مخرج، تنتقل إلى العميل جميع حقوق الملكية الفكرية في ذلك المخرج. ويحتفظ مقدم الخدمة بحقوقه في الأدوات والأساليب والخبرات التي كانت لديه قبل هذه الاتفاقية، ويمنح العميل ترخيصًا دائمًا غير حصري لاستخدامها بالقدر الذي تكون فيه جزءًا من أحد المخرجات.

        ## ٨. المسؤولية

        لا يُسأل أي طرف تجاه الآخر عن الخسائر غير المباشرة أو التبعية أو عن فوات الربح أو الإيراد أو السمعة التجارية. وفيما عدا الغش أو سوء السلوك المتعمد أو الإخلال بالسرية، لا تتجاوز المسؤولية الإجمالية لأي طرف بموجب هذه الاتفاقية الأتعاب المدفوعة والمستحقة بموجبها.

        ## ٩. الإنهاء

        يجوز لأي طرف إنهاء هذه الاتفاقية بإخطار كتابي إذا ارتكب الطرف الآخر إخلالًا جوهريًا ولم يعالجه خلال ثلاثين يومًا من إخطاره به، أو إذا أُعسر الطرف الآخر. كما يجوز للعميل إنهاء هذه الاتفاقية لمصلحته بإخطار كتابي مدته ثلاثون يومًا، وفي هذه الحالة يدفع مقابل الخدمات المؤداة على الوجه الصحيح حتى نفاذ الإنهاء.

        ## ١٠. القوة القاهرة

        لا يُسأل أي طرف عن التأخر في التنفيذ أو عدمه إذا نتج عن أحداث خارجة عن سيطرته المعقولة، بشرط أن يُخطر الطرف الآخر فورًا وأن يتخذ الخطوات المعقولة للحد من أثرها. وإذا استمر هذا الحدث أكثر من ستين يومًا، جاز لأي طرف إنهاء هذه الاتفاقية بإخطار كتابي.

        ## ١١. الإخطارات

        تكون الإخطارات بموجب هذه الاتفاقية كتابيةً، وتُسلَّم باليد أو بالبريد السريع أو بالبريد الإلكتروني على العناوين التي يتبادلها الطرفان. ويُعد الإخطار المرسل بالبريد الإلكتروني مستلمًا في يوم العمل التالي لإرساله، ما لم يتلقَّ المرسل رسالة بعدم تسليمه.

        {% if includeConfidentiality %}{% clause "confidentiality" %}{% endif %}

        {% if includeNonSolicitation %}{% clause "non-solicitation" %}{% endif %}

        {% if includeArbitration %}{% clause "arbitration" %}{% endif %}

        ## القانون الواجب التطبيق

        تخضع هذه الاتفاقية لأنظمة المملكة العربية السعودية.{% unless includeArbitration %} وتختص محاكم مدينة الرياض بنظر أي نزاع ينشأ عنها أو يتصل بها.{% endunless %}

        ## كامل الاتفاق

        تمثل هذه الاتفاقية كامل الاتفاق بين الطرفين بشأن موضوعها وتحل محل أي تفاهم سابق، ولا يجوز تعديلها إلا كتابةً بتوقيع الطرفين. حُررت باللغتين العربية والإنجليزية، وعند الاختلاف بين النصين يُعتد بالنص العربي.

        ## التوقيعات

        | عن العميل | عن مقدم الخدمة |
        |---|---|
        | شركة النور التجارية | {{ counterpartyName }} |
        | الاسم: | الاسم: |
        | التوقيع: | التوقيع: |
        | التاريخ: | التاريخ: |
        """;
}
