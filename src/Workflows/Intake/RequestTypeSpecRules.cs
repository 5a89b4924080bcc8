using System.Text.RegularExpressions;

namespace WorkflowPortal.Workflows.Intake;

// Checks what an admin built in the form builder before anyone can fill it in.
public static partial class RequestTypeSpecRules
{
    [GeneratedRegex("^[a-z][a-zA-Z0-9_]{0,49}$")]
    private static partial Regex KeyShape();

    public static Dictionary<string, string[]> Check(RequestTypeSpec spec)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string path, string message)
        {
            if (!errors.TryGetValue(path, out var list)) errors[path] = list = [];
            list.Add(message);
        }

        if (!spec.Name.IsComplete) Add("name", "The name is required in English and Arabic.");
        if (spec.Name.En.Length > 200 || spec.Name.Ar.Length > 200) Add("name", "The name is at most 200 characters.");
        if (!spec.Description.IsComplete) Add("description", "The description is required in English and Arabic.");
        if (spec.LegalNotice is { } notice && !notice.IsComplete) Add("legalNotice", "The legal notice needs both languages, or none.");
        if (string.IsNullOrWhiteSpace(spec.WorkflowKey)) Add("workflowKey", "Choose the workflow this request type runs.");
        if (spec.Audience != Audience.AllClients && spec.AudienceIds.Count == 0)
            Add("audienceIds", "Choose at least one organization or department, or make it visible to all clients.");
        if (spec.FirstResponseHours is <= 0 or > 24 * 365) Add("firstResponseHours", "The first-response target must be between 1 hour and a year.");
        if (spec.ReminderDays is null || spec.ReminderDays.Count > 5 || spec.ReminderDays.Any(d => d is < 1 or > 365))
            Add("reminderDays", "Reminders before hearings and key dates: up to 5 numbers of days, each from 1 to 365 (none for no reminders).");

        foreach (var (path, messages) in CheckFields(spec.Fields))
            foreach (var message in messages) Add(path, message);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    // The form builder's rules, shared by request types and contract template questionnaires,
    // worded in the builder's language.
    public static Dictionary<string, string[]> CheckFields(IReadOnlyList<FieldDefinition> fields, string language = "en")
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string path, string en, string ar)
        {
            if (!errors.TryGetValue(path, out var list)) errors[path] = list = [];
            list.Add(language == "ar" ? ar : en);
        }

        // A body may hold nulls anywhere ("fields": [null], "label": {"en": null}): named, never dereferenced.
        if (fields.Any(f => f is null))
            return new() { ["fields"] = [language == "ar" ? "لا يمكن أن يكون الحقل فارغًا (null)." : "A field cannot be empty (null)."] };
        var seen = new HashSet<string>();
        foreach (var (field, index) in fields.OrderBy(f => f.Order).Select((f, i) => (f, i)))
        {
            var path = $"fields[{index}]";
            if (IsIncomplete(field))
            {
                Add(path, "The field is incomplete: it needs a key, a label in English and Arabic, and options and a condition without empty parts.",
                    "الحقل ناقص: يحتاج إلى مفتاح وتسمية بالإنجليزية والعربية، وخيارات وشرط بلا أجزاء فارغة.");
                continue;
            }
            if (!KeyShape().IsMatch(field.Key))
                Add(path + ".key", $"'{field.Key}' must start with a lowercase letter and use letters, digits or _ only.",
                    $"المفتاح «{field.Key}» يبدأ بحرف لاتيني صغير ولا يحوي إلا حروفًا لاتينية وأرقامًا و_.");
            if (!seen.Add(field.Key)) Add(path + ".key", $"The key '{field.Key}' is used twice.", $"المفتاح «{field.Key}» مستخدم مرتين.");
            if (!field.Label.IsComplete) Add(path + ".label", "The label is required in English and Arabic.", "التسمية مطلوبة بالإنجليزية والعربية.");
            if (field.Help is { } help && !help.IsComplete)
                Add(path + ".help", "The help text needs both languages, or none.", "نص المساعدة يُكتب باللغتين أو يُترك فارغًا.");
            if (field.Min > field.Max) Add(path + ".min", "The minimum is greater than the maximum.", "الحد الأدنى أكبر من الحد الأقصى.");
            if (field.MinLength > field.MaxLength)
                Add(path + ".minLength", "The minimum length is greater than the maximum length.", "الطول الأدنى أكبر من الطول الأقصى.");
            if (field.Pattern is { Length: > 0 } pattern && !Compiles(pattern))
                Add(path + ".pattern", "The pattern is not a valid regular expression.", "النمط ليس تعبيرًا نمطيًا صحيحًا.");

            var isChoice = field.Type is FieldType.SingleChoice or FieldType.MultipleChoice;
            if (isChoice && field.Options.Count == 0) Add(path + ".options", "A choice field needs at least one option.", "حقل الاختيار يحتاج إلى خيار واحد على الأقل.");
            if (field.Options.Select(o => o.Value).Distinct().Count() != field.Options.Count)
                Add(path + ".options", "Two options have the same value.", "خياران لهما القيمة نفسها.");
            if (field.Options.Any(o => string.IsNullOrWhiteSpace(o.Value) || !o.Label.IsComplete))
                Add(path + ".options", "Every option needs a value and a label in English and Arabic.", "كل خيار يحتاج إلى قيمة وتسمية بالإنجليزية والعربية.");

            if (field.VisibleWhen is { } condition)
            {
                // Only an earlier field can decide visibility: no cycles, and the form reads top to bottom.
                if (!seen.Contains(condition.Field) || condition.Field == field.Key)
                    Add(path + ".visibleWhen", $"The condition must refer to an earlier field, not '{condition.Field}'.",
                        $"يجب أن يشير الشرط إلى حقل سابق، لا إلى «{condition.Field}».");
                if (condition.In.Count == 0) Add(path + ".visibleWhen", "The condition needs at least one value.", "الشرط يحتاج إلى قيمة واحدة على الأقل.");
            }
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    static bool IsIncomplete(FieldDefinition field) =>
        field.Key is null || field.Label?.En is null || field.Label.Ar is null || field.Options is null
        || field.Options.Any(o => o?.Value is null || o.Label?.En is null || o.Label.Ar is null)
        || field.Help is { } help && (help.En is null || help.Ar is null)
        || field.VisibleWhen is { } condition && (condition.Field is null || condition.In is null || condition.In.Any(v => v is null));

    static bool Compiles(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(200));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
