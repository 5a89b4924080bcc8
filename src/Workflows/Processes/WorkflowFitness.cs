using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Processes.Effects;
using WorkflowPortal.Workflows.Processes.Guards;
using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Workflows.Processes;

// Can this definition be carried out for these subject kinds? Every effect and task state must
// have a handler for each kind (SubjectSupport) and every guard must be a named guard its facts
// can answer. Each problem names the element, once in English and once in Arabic.
public static class WorkflowFitness
{
    public static IReadOnlyList<ValidationMessage> Check(WorkflowDefinition definition, IReadOnlyCollection<SubjectKind> kinds)
    {
        var messages = new List<ValidationMessage>();
        void Add(string code, string element, string en, string ar)
        {
            messages.Add(new(code, element, en));
            messages.Add(new(code, element, ar));
        }

        foreach (var transition in definition.Transitions)
        {
            var element = $"transitions[{transition.Trigger}].guards";
            foreach (var name in transition.Guards)
            {
                if (GuardCatalog.Find(name) is not { } found)
                {
                    Add("guard-unknown", element,
                        $"{element}: '{name}' is not a named guard; use one of {string.Join(", ", GuardCatalog.All.Select(Shown))}.",
                        $"{element}: «{name}» ليس شرطًا معروفًا؛ استخدم أحد الشروط: {string.Join("، ", GuardCatalog.All.Select(Shown))}.");
                    continue;
                }
                foreach (var kind in kinds.Where(k => !found.Guard.Subjects.Contains(k)))
                {
                    var (en, ar) = SubjectKinds.Name(kind);
                    Add("guard-unsupported", element, $"{element}: '{name}' cannot be answered for {en}.",
                        $"{element}: لا يمكن التحقق من «{name}» في {ar}.");
                }
            }
        }

        foreach (var (element, effect) in DeclaredEffects.Of(definition).DistinctBy(e => (e.Element, e.Effect.GetType())))
        {
            foreach (var kind in kinds.Where(k => !SubjectSupport.Supports(effect, k)))
            {
                var (en, ar) = SubjectKinds.Name(kind);
                var (whatEn, whatAr) = Describe(effect);
                Add("effect-unsupported", element, $"{element}: {whatEn} cannot be carried out for {en}, which use this workflow.",
                    $"{element}: لا يمكن تنفيذ {whatAr} في {ar} التي تستخدم سير العمل هذا.");
            }
        }
        // The next hearing is kept only for matters and litigation cases; contracts have none.
        foreach (var state in definition.States)
        {
            for (var i = 0; i < state.Deadlines.Count; i++)
            {
                if (state.Deadlines[i].Field != DeadlineDefinition.NextHearing)
                    continue;
                var element = $"states[{state.Name}].deadlines[{i}].field";
                foreach (var kind in kinds.Where(k => k == SubjectKind.Contract))
                {
                    var (en, ar) = SubjectKinds.Name(kind);
                    Add("deadline-no-hearings", element, $"{element}: {en} have no hearings, so nothing can count from the next hearing.",
                        $"{element}: لا جلسات في {ar}، فلا يمكن الحساب من الجلسة القادمة.");
                }
            }
        }
        return messages;
    }

    static string Shown(GuardInfo guard) => guard.TakesKey ? $"{guard.Name}:<key>" : guard.Name;

    static (string En, string Ar) Describe(WorkflowEffect effect) => effect switch
    {
        RenderDocument render => ($"the document '{render.Template}'", $"المستند «{render.Template}»"),
        StartApprovals => ("an approval state", "حالة الاعتماد"),
        StartSignatures => ("a signature state", "حالة التوقيع"),
        NotifyAssignees => ("telling the next approver or signer", "إبلاغ المعتمد أو الموقّع التالي"),
        NotifyParties => ("the notification", "الإشعار"),
        Engine.Deadlines.DeadlineReminder => ("the deadline's reminder", "تذكير الموعد"),
        Engine.Deadlines.DeadlineEscalation => ("the deadline's escalation", "تصعيد الموعد"),
        _ => ($"the effect '{effect.GetType().Name}'", $"الإجراء «{effect.GetType().Name}»"),
    };
}
