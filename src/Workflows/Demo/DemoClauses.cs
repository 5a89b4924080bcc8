using WorkflowPortal.Workflows.Contracts.Clauses;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Demo;

// The clause library the demo starts with; the seeded templates insert these when a question says so.
internal static class DemoClauses
{
    public static IEnumerable<(string Key, ClauseSpec Spec)> All() =>
    [
        ("confidentiality", new(new("Confidentiality", "السرية"), """
            ## Confidentiality

            Each party shall keep confidential all information of the other party that it receives under or in connection with this agreement and that is marked as confidential or would reasonably be understood to be confidential ("Confidential Information").

            A party may use the other party's Confidential Information only to perform its obligations or exercise its rights under this agreement, and may disclose it only to its employees, officers and professional advisers who need to know it and who are bound by obligations of confidentiality no less strict than these.

            These obligations do not apply to information that is or becomes public other than through a breach of this agreement, that the receiving party already lawfully held, or that a competent authority requires to be disclosed, in which case the receiving party shall, where lawful, notify the other party promptly.

            This clause survives the end of this agreement for three years.
            """, """
            ## السرية

            يلتزم كل طرف بالحفاظ على سرية جميع المعلومات الخاصة بالطرف الآخر التي يتلقاها بموجب هذه الاتفاقية أو فيما يتصل بها، متى كانت موسومة بأنها سرية أو كان يُفهم عقلًا أنها كذلك ("المعلومات السرية").

            لا يجوز لأي طرف استخدام المعلومات السرية للطرف الآخر إلا لتنفيذ التزاماته أو ممارسة حقوقه بموجب هذه الاتفاقية، ولا يجوز له الإفصاح عنها إلا لموظفيه ومسؤوليه ومستشاريه المهنيين الذين يحتاجون إلى معرفتها والملتزمين بواجبات سرية لا تقل صرامة عن هذه الواجبات.

            لا تسري هذه الالتزامات على المعلومات التي أصبحت متاحة للعامة بغير إخلال بهذه الاتفاقية، أو التي كانت في حوزة الطرف المتلقي بصورة مشروعة، أو التي تطلب جهة مختصة الإفصاح عنها، وفي هذه الحالة يُخطر الطرف المتلقي الطرف الآخر فورًا متى كان ذلك نظاميًا.

            يبقى هذا البند ساريًا مدة ثلاث سنوات بعد انتهاء هذه الاتفاقية.
            """, [])),
        ("non-solicitation", new(new("Non-solicitation", "عدم الاستقطاب"), """
            ## Non-solicitation

            For the term of this agreement and for {{ nonSolicitationMonths | default: 12 }} months after it ends, neither party shall, directly or indirectly, solicit or employ any employee of the other party who was involved in the performance of this agreement, without the other party's prior written consent.

            A general advertisement of a vacancy that is not directed at the other party's employees is not a breach of this clause.
            """, """
            ## عدم الاستقطاب

            طوال مدة هذه الاتفاقية ولمدة {{ nonSolicitationMonths | default: 12 }} شهرًا بعد انتهائها، لا يجوز لأي طرف، بطريق مباشر أو غير مباشر، استقطاب أو توظيف أي موظف لدى الطرف الآخر شارك في تنفيذ هذه الاتفاقية، إلا بموافقة كتابية مسبقة من الطرف الآخر.

            لا يُعد الإعلان العام عن وظيفة شاغرة غير موجّه إلى موظفي الطرف الآخر إخلالًا بهذا البند.
            """,
            [new FieldDefinition { Key = "nonSolicitationMonths", Type = FieldType.Number, Label = new("Non-solicitation period (months)", "مدة عدم الاستقطاب (بالأشهر)"), Default = "12", Min = 1, Max = 36, Order = 1 }])),
        ("arbitration", new(new("Arbitration", "التحكيم"), """
            ## Arbitration

            Any dispute arising out of or in connection with this agreement that the parties cannot settle amicably within thirty days shall be finally resolved by arbitration administered by the Saudi Center for Commercial Arbitration in accordance with its rules in force at the time.

            The seat of arbitration is Riyadh, the tribunal consists of a sole arbitrator, and the language of the arbitration is the language of this agreement. The award is final and binding on the parties.
            """, """
            ## التحكيم

            يُحال أي نزاع ينشأ عن هذه الاتفاقية أو يتصل بها، ويتعذر على الطرفين تسويته وديًا خلال ثلاثين يومًا، إلى التحكيم لدى المركز السعودي للتحكيم التجاري للفصل فيه نهائيًا وفق قواعده السارية وقت النزاع.

            يكون مقر التحكيم مدينة الرياض، وتتشكل هيئة التحكيم من محكّم فرد، وتكون لغة التحكيم هي لغة هذه الاتفاقية. ويكون حكم التحكيم نهائيًا وملزمًا للطرفين.
            """, [])),
    ];
}
