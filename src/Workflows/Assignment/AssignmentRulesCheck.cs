using System.Text.Json;
using WorkflowPortal.Engine.Conditions;
using FieldDefinition = WorkflowPortal.Workflows.Intake.FieldDefinition;

namespace WorkflowPortal.Workflows.Assignment;

// What saving a request type demands of its assignment rules. Each problem is named by its path
// (`assignment.rules[1].when`) and said in English and in Arabic, the rule counted from 1.
public static class AssignmentRulesCheck
{
    public const int MaxRules = 50;
    public const int MaxPools = 20;
    public const int MaxPoolSize = 100;
    const int MaxPoolName = 100;

    static readonly ConditionOperator[] ClientOperators =
        [ConditionOperator.EqualTo, ConditionOperator.NotEqualTo, ConditionOperator.OneOf, ConditionOperator.IsEmpty, ConditionOperator.NotEmpty];

    // The organisations that `$client` conditions name, for the caller to look up.
    public static IReadOnlySet<Guid> Organisations(AssignmentRules rules) =>
        (rules.Rules ?? []).Where(r => r?.When is not null && !HasNullParts(r.When)).SelectMany(r => ClientLeaves(r.When!))
            .SelectMany(l => Texts(l.Value)).Select(t => Guid.TryParse(t, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).ToHashSet();

    public static Dictionary<string, string[]> Check(AssignmentRules rules, IReadOnlyList<FieldDefinition> fields,
        IReadOnlySet<Guid> activeStaff, IReadOnlySet<Guid> organisations)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string path, string en, string ar)
        {
            if (!errors.TryGetValue(path, out var list)) errors[path] = list = [];
            list.Add(en);
            list.Add(ar);
        }

        var pools = rules.Pools ?? [];
        var list = rules.Rules ?? [];
        if (list.Count > MaxRules) Add("assignment.rules", $"At most {MaxRules} assignment rules.", $"{MaxRules} قاعدة إسناد على الأكثر.");
        if (pools.Count > MaxPools) Add("assignment.pools", $"At most {MaxPools} pools.", $"{MaxPools} مجموعة على الأكثر.");

        var used = list.Where(r => r is not null).Select(r => r.Pool).Append(rules.Otherwise?.Pool).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (pool, i) in pools.Select((p, i) => (p, i)))
        {
            var path = $"assignment.pools[{i}]";
            if (pool is null || string.IsNullOrWhiteSpace(pool.Name) || pool.Name.Length > MaxPoolName)
            {
                Add(path + ".name", $"Pool {i + 1} needs a name of at most {MaxPoolName} characters.", $"المجموعة {i + 1} تحتاج إلى اسم لا يزيد عن {MaxPoolName} حرفًا.");
                continue;
            }
            if (!names.Add(pool.Name))
                Add(path + ".name", $"The pool name '{pool.Name}' is used twice.", $"اسم المجموعة «{pool.Name}» مستخدم مرتين.");
            if (!used.Contains(pool.Name))
                Add(path, $"No rule assigns to the pool '{pool.Name}': use it or remove it.", $"لا توجد قاعدة تُسند إلى المجموعة «{pool.Name}»: استخدمها أو احذفها.");
            var lawyers = pool.Lawyers ?? [];
            if (lawyers.Count == 0)
                Add(path + ".lawyers", $"The pool '{pool.Name}' is empty: add at least one lawyer.", $"المجموعة «{pool.Name}» فارغة: أضف محاميًا واحدًا على الأقل.");
            if (lawyers.Count > MaxPoolSize)
                Add(path + ".lawyers", $"The pool '{pool.Name}' has more than {MaxPoolSize} lawyers.", $"المجموعة «{pool.Name}» تضم أكثر من {MaxPoolSize} محامٍ.");
            if (lawyers.Distinct().Count() != lawyers.Count)
                Add(path + ".lawyers", $"The pool '{pool.Name}' lists a lawyer twice.", $"المجموعة «{pool.Name}» تذكر المحامي نفسه مرتين.");
            foreach (var lawyer in lawyers.Where(l => !activeStaff.Contains(l)).Distinct())
                Add(path + ".lawyers", $"The pool '{pool.Name}': {lawyer} is not an active member of the legal team.",
                    $"المجموعة «{pool.Name}»: {lawyer} ليس عضوًا نشطًا في الفريق القانوني.");
        }

        var definition = RuleFields.Definition(fields);
        foreach (var (rule, i) in list.Select((r, i) => (r, i)))
        {
            var (path, en, ar) = ($"assignment.rules[{i}]", $"Rule {i + 1}: ", $"القاعدة {i + 1}: ");
            if (rule is null)
            {
                Add(path, en + "the rule is empty (null).", ar + "القاعدة فارغة (null).");
                continue;
            }
            if (rule.When is null)
                Add(path + ".when", en + "give the condition (when); a fallback goes in otherwise.", ar + "حدّد الشرط (when)؛ أما البديل فيُكتب في otherwise.");
            else if (HasNullParts(rule.When))
                Add(path + ".when", en + "the condition has an empty (null) part.", ar + "في الشرط جزء فارغ (null).");
            else
            {
                ConditionRules.Check(rule.When, definition, path + ".when", m => Add(m.Element, en + m.Message, ar + (m.Arabic ?? m.Message)));
                CheckClient(rule.When, organisations, path + ".when", en, ar, Add);
            }
            CheckTarget(rule, path, en, ar, names, activeStaff, Add);
        }
        if (rules.Otherwise is { } otherwise)
            CheckTarget(otherwise, "assignment.otherwise", "Otherwise: ", "القاعدة البديلة (otherwise): ", names, activeStaff, Add);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    static void CheckTarget(AssignmentTarget target, string path, string en, string ar, IReadOnlySet<string> pools,
        IReadOnlySet<Guid> activeStaff, Action<string, string, string> add)
    {
        if ((target.Lawyer is null) == (target.Pool is null))
            add(path, en + "assign to one lawyer or to one pool.", ar + "أسند إلى محامٍ واحد أو إلى مجموعة واحدة.");
        else if (target.Lawyer is { } lawyer && !activeStaff.Contains(lawyer))
            add(path + ".lawyer", en + $"{lawyer} is not an active member of the legal team.", ar + $"{lawyer} ليس عضوًا نشطًا في الفريق القانوني.");
        else if (target.Pool is { } pool && !pools.Contains(pool))
            add(path + ".pool", en + $"there is no pool named '{pool}'.", ar + $"لا توجد مجموعة باسم «{pool}».");
    }

    // `$client` compares the organisation's id: equal, one of, or empty (a request by the legal team itself).
    static void CheckClient(Condition when, IReadOnlySet<Guid> organisations, string path, string en, string ar, Action<string, string, string> add)
    {
        foreach (var leaf in ClientLeaves(when))
        {
            if (leaf.Op is not { } op || !ClientOperators.Contains(op))
            {
                add(path, en + $"'{RuleFields.Client}' is compared with equals, notEquals, oneOf, isEmpty or notEmpty.",
                    ar + $"يُقارَن '{RuleFields.Client}' بـ equals أو notEquals أو oneOf أو isEmpty أو notEmpty.");
                continue;
            }
            foreach (var text in Texts(leaf.Value).Where(t => !Guid.TryParse(t, out var id) || !organisations.Contains(id)))
                add(path, en + $"'{RuleFields.Client}': {text} is not a client organisation.", ar + $"'{RuleFields.Client}': {text} ليست جهة عميلة مسجلة.");
        }
    }

    static IEnumerable<Condition> ClientLeaves(Condition condition) =>
        condition.IsGroup ? (condition.All ?? condition.Any ?? []).SelectMany(ClientLeaves)
        : condition.Field == RuleFields.Client ? [condition] : [];

    static IEnumerable<string> Texts(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.GetRawText()),
        { ValueKind: JsonValueKind.String } text => [text.GetString() ?? ""],
        { } other => [other.GetRawText()],
        null => [],
    };

    static bool HasNullParts(Condition condition) =>
        condition.IsGroup && (condition.All ?? condition.Any ?? []).Any(p => p is null || HasNullParts(p));
}
