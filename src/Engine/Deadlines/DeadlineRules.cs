using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Deadlines;

// What the validator demands of a state's deadlines, so that none of them silently never fires.
public static class DeadlineRules
{
    // The people whose approval or signature is waiting in the current round: an approval or
    // signature state's deadlines may remind them or escalate past them.
    public const string Approvers = "Approvers";

    static readonly HashSet<string> Parties =
        [WorkflowRoles.Requester, WorkflowRoles.AssignedLawyer, WorkflowRoles.LegalTeam, WorkflowRoles.Admin, WorkflowRoles.Collaborator, Approvers];

    public static void Check(WorkflowDefinition definition, StateDefinition state, Action<ValidationMessage> add)
    {
        for (var i = 0; i < state.Deadlines.Count; i++)
        {
            var deadline = state.Deadlines[i];
            var element = $"states[{state.Name}].deadlines[{i}]";
            void Add(string code, string suffix, string en, string ar) => add(new(code, element + suffix, en) { Arabic = ar });

            if (state.Final)
                Add("deadline-on-final", "", "A final state has no deadlines: nothing happens after it.", "الحالة النهائية لا مواعيد لها: لا شيء يحدث بعدها.");
            if (deadline.Field is null)
            {
                if (deadline.Before is not null)
                    Add("deadline-before-without-field", ".before", "'before' counts back from a date field: name it in 'field'.",
                        "'قبل' تُحسب من حقل تاريخ: حدّده في 'الحقل'.");
                if (deadline.After is null)
                    Add("deadline-when-missing", ".after", "Say when: an ISO 8601 duration such as P3D or PT10S after entering the state.",
                        "حدّد الموعد: مدة ISO 8601 مثل P3D أو PT10S بعد دخول الحالة.");
            }
            else
            {
                if (deadline.Field != DeadlineDefinition.NextHearing && definition.FindField(deadline.Field) is not { Type: FieldType.Date })
                    Add("deadline-field-not-date", ".field", $"'{deadline.Field}' is not a date field declared in `fields` (nor {DeadlineDefinition.NextHearing}).",
                        $"'{deadline.Field}' ليس حقل تاريخ معرّفاً في الحقول.");
                if (deadline.Before is not null && deadline.After is not null)
                    Add("deadline-before-and-after", "", "Count either before or after the date, not both.", "احسب قبل التاريخ أو بعده، لا الاثنين.");
            }
            foreach (var (name, text) in new[] { ("after", deadline.After), ("before", deadline.Before) })
            {
                if (text is not null && IsoDuration.Parse(text) is null)
                    Add("deadline-duration-invalid", "." + name, $"'{text}' is not an ISO 8601 duration such as P3D, P2W or PT10S.",
                        $"'{text}' ليست مدة ISO 8601 مثل P3D أو P2W أو PT10S.");
            }
            if (deadline.Remind.Count == 0 && deadline.Escalate.Count == 0 && deadline.Fire is null)
                Add("deadline-does-nothing", "", "A deadline must remind, escalate or fire a transition.", "يجب أن يذكّر الموعد أو يصعّد أو ينفّذ انتقالاً.");
            foreach (var party in deadline.Remind.Where(p => !Parties.Contains(p)))
                Add("deadline-party-unknown", ".remind", $"'{party}' is not a party; use one of {string.Join(", ", Parties)}.",
                    $"'{party}' ليس طرفاً؛ استخدم أحد: {string.Join("، ", Parties)}.");
            foreach (var party in deadline.Escalate.Where(p => !Parties.Contains(p) && !p.Contains('@', StringComparison.Ordinal)))
                Add("deadline-party-unknown", ".escalate", $"'{party}' is neither a party ({string.Join(", ", Parties)}) nor an email address.",
                    $"'{party}' ليس طرفاً ({string.Join("، ", Parties)}) ولا عنوان بريد.");
            if (state.Kind is not (StateKind.Approval or StateKind.Signature) && deadline.Remind.Concat(deadline.Escalate).Contains(Approvers))
                Add("deadline-approvers-outside-round", "", $"'{Approvers}' are the people an approval or signature is waiting for: only an approval or signature state has them.",
                    $"'{Approvers}' هم من ينتظر اعتمادهم أو توقيعهم: لا يوجدون إلا في حالة اعتماد أو توقيع.");
            if (deadline.Fire is { } trigger)
            {
                var transitions = WorkflowValidator.Outgoing(definition).Where(p => p.State == state.Name && p.Transition.Trigger == trigger).ToList();
                if (transitions.Count == 0)
                    Add("deadline-trigger-unknown", ".fire", $"'{trigger}' is not a transition out of '{state.Name}'.",
                        $"'{trigger}' ليس انتقالاً من '{state.Name}'.");
                else if (transitions.Any(p => p.Transition.IsDecision))
                    Add("deadline-fires-decision", ".fire", "The system never approves, rejects or signs: choose an ordinary transition.",
                        "النظام لا يعتمد ولا يرفض ولا يوقّع أبداً: اختر انتقالاً عادياً.");
            }
            if (deadline.Public && (string.IsNullOrWhiteSpace(deadline.Notice?.En) || string.IsNullOrWhiteSpace(deadline.Notice?.Ar)))
                Add("deadline-notice-missing", ".notice", "A public deadline tells the client what its date means: write the notice in English and Arabic.",
                    "الموعد الظاهر للعميل يشرح له معنى تاريخه: اكتب الإشعار بالإنجليزية والعربية.");
            if (!deadline.Public && deadline.Notice is not null)
                Add("deadline-notice-not-public", ".notice", "Only a public deadline shows a notice to the client: make it public or remove the notice.",
                    "لا يظهر الإشعار للعميل إلا في موعد ظاهر له: اجعله ظاهراً أو احذف الإشعار.");
            if (string.IsNullOrWhiteSpace(deadline.Comment?.En) || string.IsNullOrWhiteSpace(deadline.Comment?.Ar))
                Add("deadline-comment-missing", ".comment", "Say why, in English and Arabic: the history and the notices show it.",
                    "اذكر السبب بالإنجليزية والعربية: يظهر في السجل وفي الإشعارات.");
        }
    }
}
