using System.Text.RegularExpressions;
using WorkflowPortal.Engine.Conditions;

namespace WorkflowPortal.Engine.Definitions;

// Rejects definitions that would strand a matter or let the client's side decide its own case.
public static partial class WorkflowValidator
{
    public static IReadOnlyList<ValidationMessage> Validate(WorkflowDefinition definition)
    {
        var messages = new List<ValidationMessage>();
        void Add(string code, string element, string en, string ar) => messages.Add(new(code, element, en) { Arabic = ar });

        if (!KeyPattern().IsMatch(definition.Key))
            Add("key-invalid", "key", $"The key '{definition.Key}' must be lower-case words joined by hyphens.",
                $"يجب أن يتكوّن المفتاح «{definition.Key}» من كلمات بحروف لاتينية صغيرة تفصل بينها شرطات.");
        CheckLabel(definition.Name, "name", Add);

        var states = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in definition.States)
        {
            var element = $"states[{state.Name}]";
            if (!states.Add(state.Name))
                Add("state-duplicate", element, $"The state '{state.Name}' is declared twice.", $"الحالة «{state.Name}» معرّفة مرتين.");
            CheckLabel(state.Label, $"{element}.label", Add);
            if (state.ClientLabel is not null)
                CheckLabel(state.ClientLabel, $"{element}.clientLabel", Add);
            CheckTaskDefaults(state, element, Add);
            CheckStepConditions(state, definition, element, messages.Add);
            Deadlines.DeadlineRules.Check(definition, state, messages.Add);
        }

        if (!states.Contains(definition.InitialState))
            Add("state-unknown", "initialState", $"The initial state '{definition.InitialState}' is not declared.",
                $"الحالة الأولى «{definition.InitialState}» غير معرّفة.");
        if (!definition.States.Any(s => s.Final))
            Add("final-state-missing", "states", "No state is final: an instance could never finish.",
                "لا توجد حالة نهائية: لن ينتهي أي طلب أبداً.");

        CheckFields(definition, Add);

        foreach (var transition in definition.Transitions)
            CheckTransition(definition, transition, states, Add);

        foreach (var transition in definition.Transitions.Where(t => t.When is not null))
            ConditionRules.Check(transition.When!, definition, $"transitions[{transition.Trigger}].when", messages.Add);
        CheckBranches(definition, messages);
        CheckReachability(definition, states, Add);
        CheckTaskStates(definition, Add);
        return messages;
    }

    // A field is read by name from the request form, conditions, deadlines and templates: the name
    // is one word, declared once, and only a choice field offers options.
    static void CheckFields(WorkflowDefinition definition, Action<string, string, string, string> add)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in definition.Fields)
        {
            if (string.IsNullOrWhiteSpace(field.Name) || !FieldName().IsMatch(field.Name))
            {
                add("field-name-invalid", "fields", $"The field name '{field.Name}' must be one word of Latin letters and digits, starting with a letter (e.g. contractValue).",
                    $"يجب أن يكون اسم الحقل «{field.Name}» كلمة واحدة من حروف لاتينية وأرقام تبدأ بحرف (مثل \u2066contractValue\u2069).");
                continue;
            }
            var element = $"fields[{field.Name}]";
            if (!names.Add(field.Name))
                add("field-duplicate", element, $"The field '{field.Name}' is declared twice.", $"الحقل «{field.Name}» معرّف مرتين.");
            if (field.Name.Equals("comment", StringComparison.OrdinalIgnoreCase))
                add("field-reserved", element, "'comment' is the step's comment, not a field: choose another name.",
                    "«comment» هو تعليق الخطوة وليس حقلاً: اختر اسماً آخر.");
            CheckLabel(field.Label, $"{element}.label", add);
            if (field.Type != FieldType.Choice && field.Options.Count > 0)
                add("field-options-misplaced", $"{element}.options", "Only a choice field offers options.", "لا تُعرض الخيارات إلا في حقل الاختيار.");
            if (field.Options.Any(string.IsNullOrWhiteSpace))
                add("field-option-blank", $"{element}.options", "An option is empty.", "أحد الخيارات فارغ.");
            foreach (var twice in field.Options.Where(o => !string.IsNullOrWhiteSpace(o)).GroupBy(o => o, StringComparer.Ordinal).Where(g => g.Count() > 1))
                add("field-option-duplicate", $"{element}.options", $"The option '{twice.Key}' is listed twice.", $"الخيار «{twice.Key}» مذكور مرتين.");
        }
    }

    static void CheckLabel(LocalizedText? label, string element, Action<string, string, string, string> add)
    {
        if (string.IsNullOrWhiteSpace(label?.En))
            add("label-missing", $"{element}.en", "The English label is missing.", "التسمية الإنجليزية مفقودة.");
        if (string.IsNullOrWhiteSpace(label?.Ar))
            add("label-missing", $"{element}.ar", "The Arabic label is missing.", "التسمية العربية مفقودة.");
    }

    // A conditional approver reads the instance's data like a transition condition does.
    static void CheckStepConditions(StateDefinition state, WorkflowDefinition definition, string element, Action<ValidationMessage> add)
    {
        foreach (var (step, index) in (state.Approval ?? []).Select((s, i) => (s, i)).Where(p => p.s.When is not null))
            ConditionRules.Check(step.When!, definition, $"{element}.approval[{index}].when", add);
    }

    static void CheckTaskDefaults(StateDefinition state, string element, Action<string, string, string, string> add)
    {
        if (state.Kind != StateKind.Approval && state.Approval is not null)
            add("task-defaults-misplaced", $"{element}.approval", "Only an approval state can declare approval steps.",
                "لا تُعرّف خطوات الاعتماد إلا في حالة اعتماد.");
        if (state.Kind != StateKind.Signature && state.Signers is not null)
            add("task-defaults-misplaced", $"{element}.signers", "Only a signature state can declare signers.",
                "لا يُعرّف الموقّعون إلا في حالة توقيع.");
        var parties = (state.Approval ?? []).SelectMany(s => s.Approvers).Concat(state.Signers ?? []);
        foreach (var party in parties.Where(WorkflowRoles.ClientSide.Contains))
            add("decision-open-to-client", element, $"'{party}' cannot approve, reject or sign: clients never decide.",
                $"لا يمكن لـ«{party}» الاعتماد أو الرفض أو التوقيع: العملاء لا يقررون أبداً.");
        foreach (var (step, index) in (state.Approval ?? []).Select((s, i) => (s, i)))
        {
            if (step.Approvers.Count == 0)
                add("approval-step-empty", $"{element}.approval[{index}]", "An approval step needs at least one approver.",
                    "تحتاج خطوة الاعتماد إلى معتمِد واحد على الأقل.");
            if (step.Label is not null)
                CheckLabel(step.Label, $"{element}.approval[{index}].label", add);
        }
    }

    static void CheckTransition(WorkflowDefinition definition, TransitionDefinition transition,
        HashSet<string> states, Action<string, string, string, string> add)
    {
        var element = $"transitions[{transition.Trigger}]";
        CheckLabel(transition.Label, $"{element}.label", add);
        foreach (var from in transition.From.Where(f => f != TransitionDefinition.AnyState && !states.Contains(f)))
            add("state-unknown", $"{element}.from", $"The state '{from}' is not declared.", $"الحالة «{from}» غير معرّفة.");
        if (transition.From.Count == 0)
            add("state-unknown", $"{element}.from", "The transition starts from no state.", "لا يبدأ الانتقال من أي حالة.");
        if (!states.Contains(transition.To))
            add("state-unknown", $"{element}.to", $"The state '{transition.To}' is not declared.", $"الحالة «{transition.To}» غير معرّفة.");
        foreach (var role in transition.Allowed.Where(r => !WorkflowRoles.Known.Contains(r)))
            add("role-unknown", $"{element}.allowed", $"'{role}' is not a role; use one of {string.Join(", ", WorkflowRoles.Known)} or a named guard in `guards`.",
                $"«{role}» ليس دوراً؛ استخدم أحد الأدوار {string.Join("، ", WorkflowRoles.Known)} أو شرطاً معروفاً في `guards`.");
        foreach (var party in transition.Notify.Where(r => !WorkflowRoles.Known.Contains(r)))
            add("party-unknown", $"{element}.notify", $"'{party}' is not a party to notify; use one of {string.Join(", ", WorkflowRoles.Known)}.",
                $"«{party}» ليس طرفاً يمكن إشعاره؛ استخدم أحد الأطراف {string.Join("، ", WorkflowRoles.Known)}.");
        if (!transition.IsDecision && transition.Allowed.Count == 0)
            add("nobody-allowed", $"{element}.allowed", "No role may fire this transition.", "لا يوجد دور يمكنه تنفيذ هذا الانتقال.");
        foreach (var field in transition.Requires.Where(f => f != "comment" && definition.FindField(f) is null))
            add("field-unknown", $"{element}.requires", $"The field '{field}' is not declared in `fields`.", $"الحقل «{field}» غير معرّف في `fields`.");

        if (IsClientProof(transition) && transition.Allowed.Any(WorkflowRoles.ClientSide.Contains))
            add("decision-open-to-client", element, "A Requester or client could approve, reject or sign here: clients never decide.",
                "يمكن هنا لمقدم الطلب أو للعميل أن يعتمد أو يرفض أو يوقّع: العملاء لا يقررون أبداً.");
    }

    // One trigger from one state may lead to several targets by condition: the first that holds
    // wins, so there must be exactly one otherwise-branch, last, and no two conditions that can
    // provably hold together.
    static void CheckBranches(WorkflowDefinition definition, List<ValidationMessage> messages)
    {
        var reported = new HashSet<(string Trigger, string Code)>();
        void Add(string trigger, string code, string en, string ar)
        {
            if (reported.Add((trigger, code)))
                messages.Add(new(code, $"transitions[{trigger}]", en) { Arabic = ar });
        }
        foreach (var group in Outgoing(definition).GroupBy(p => (p.State, p.Transition.Trigger)))
        {
            var (state, trigger) = group.Key;
            var branches = group.Select(p => p.Transition).ToList();
            var otherwise = branches.Count(b => b.When is null);
            if (otherwise > 1)
                Add(trigger, "trigger-ambiguous", $"The trigger '{trigger}' leads to more than one state from '{state}'.",
                    $"الإجراء '{trigger}' يؤدي إلى أكثر من حالة من '{state}'.");
            else if (otherwise == 0)
                Add(trigger, "condition-otherwise-missing",
                    $"'{trigger}' from '{state}' needs an otherwise-branch: a transition without a condition for when none holds.",
                    $"الإجراء '{trigger}' من '{state}' يحتاج إلى مسار بديل: انتقال بلا شرط عندما لا يتحقق أي شرط.");
            else if (branches[^1].When is not null)
                Add(trigger, "condition-branch-unreachable",
                    $"'{trigger}' from '{state}': the otherwise-branch must come last, or the branches after it are never taken.",
                    $"الإجراء '{trigger}' من '{state}': يجب أن يأتي المسار البديل أخيراً، وإلا فلن تُسلك المسارات التي بعده.");
            var conditioned = branches.Where(b => b.When is not null).ToList();
            for (var i = 0; i < conditioned.Count; i++)
            {
                for (var j = i + 1; j < conditioned.Count; j++)
                {
                    if (ConditionOverlap.Provable(conditioned[i].When!, conditioned[j].When!, definition))
                        Add(trigger, "condition-overlap",
                            $"'{trigger}' from '{state}': the conditions towards '{conditioned[i].To}' and '{conditioned[j].To}' can both hold; make them exclusive.",
                            $"الإجراء '{trigger}' من '{state}': يمكن أن يتحقق شرطا المسارين إلى '{conditioned[i].To}' و'{conditioned[j].To}' معاً؛ اجعلهما متنافيين.");
                }
            }
        }
    }

    static void CheckReachability(WorkflowDefinition definition, HashSet<string> states, Action<string, string, string, string> add)
    {
        var outgoing = Outgoing(definition).ToLookup(p => p.State, p => p.Transition.To);
        var reached = new HashSet<string>();
        var queue = new Queue<string>();
        if (states.Contains(definition.InitialState))
            queue.Enqueue(definition.InitialState);
        while (queue.TryDequeue(out var state))
        {
            if (!reached.Add(state))
                continue;
            foreach (var next in outgoing[state])
                queue.Enqueue(next);
        }
        foreach (var state in definition.States)
        {
            if (states.Contains(definition.InitialState) && !reached.Contains(state.Name))
                add("state-unreachable", $"states[{state.Name}]", $"No transition leads to '{state.Name}' from '{definition.InitialState}'.",
                    $"لا يؤدي أي انتقال إلى «{state.Name}» انطلاقاً من «{definition.InitialState}».");
            if (!state.Final && !outgoing[state.Name].Any())
                add("state-dead-end", $"states[{state.Name}]", $"'{state.Name}' is not final and has no way out.",
                    $"الحالة «{state.Name}» ليست نهائية ولا مخرج منها.");
        }
    }

    // Approval and signature states need both outcomes declared, and decisions belong there only.
    static void CheckTaskStates(WorkflowDefinition definition, Action<string, string, string, string> add)
    {
        foreach (var state in definition.States.Where(s => s.Kind != StateKind.Normal))
        {
            var (yes, no) = state.Kind == StateKind.Approval
                ? (TransitionAction.Approve, TransitionAction.Reject)
                : (TransitionAction.Sign, TransitionAction.Decline);
            foreach (var action in new[] { yes, no })
            {
                var count = definition.Transitions.Count(t => t.Action == action && t.From.Contains(state.Name));
                if (count != 1)
                    add("task-outcome-missing", $"states[{state.Name}]",
                        $"A {state.Kind.ToString().ToLowerInvariant()} state needs exactly one '{action.ToString().ToLowerInvariant()}' transition; found {count}.",
                        $"تحتاج حالة {(state.Kind == StateKind.Approval ? "الاعتماد" : "التوقيع")} إلى انتقال «{action.ToString().ToLowerInvariant()}» واحد بالضبط؛ وُجد {count}.");
            }
        }
        foreach (var transition in definition.Transitions.Where(t => t.IsDecision))
        {
            var wanted = transition.Action is TransitionAction.Approve or TransitionAction.Reject ? StateKind.Approval : StateKind.Signature;
            if (transition.From.Any(f => definition.FindState(f)?.Kind != wanted))
                add("decision-misplaced", $"transitions[{transition.Trigger}]",
                    $"A '{transition.Action.ToString().ToLowerInvariant()}' transition must start from {wanted.ToString().ToLowerInvariant()} states only.",
                    $"يجب أن يبدأ انتقال «{transition.Action.ToString().ToLowerInvariant()}» من حالات {(wanted == StateKind.Approval ? "الاعتماد" : "التوقيع")} فقط.");
        }
    }

    // Decisions, and ordinary transitions named like one (ApproveContract, SignAgreement): a
    // decision in disguise is still a decision, and no client may fire it.
    internal static bool IsClientProof(TransitionDefinition transition) =>
        transition.IsDecision || DecisionName().IsMatch(transition.Trigger);

    // Every (state, transition) pair, with `*` expanded as the runtime expands it.
    internal static IEnumerable<(string State, TransitionDefinition Transition)> Outgoing(WorkflowDefinition definition) =>
        definition.Transitions.SelectMany(t => SourcesOf(definition, t).Select(s => (s, t)));

    internal static IEnumerable<string> SourcesOf(WorkflowDefinition definition, TransitionDefinition transition) =>
        transition.IsGlobal
            ? definition.States.Where(s => !s.Final && s.Name != transition.To).Select(s => s.Name)
            : transition.From;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex FieldName();

    [GeneratedRegex("^(approve|reject|sign|decline|countersign)", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionName();
}
