using System.Globalization;

namespace WorkflowPortal.Workflows.Intake;

// Field errors shown to the person who filled the form, in their language.
internal static class FormMessages
{
    static readonly Dictionary<string, (string En, string Ar)> Texts = new()
    {
        ["required"] = ("{0} is required.", "حقل «{0}» مطلوب."),
        ["unknown"] = ("This form has no field named {0}.", "لا يحتوي هذا النموذج على حقل باسم {0}."),
        ["single"] = ("{0} takes a single value.", "يقبل حقل «{0}» قيمة واحدة فقط."),
        ["too_short"] = ("{0} must be at least {1} characters.", "يجب ألا يقل «{0}» عن {1} حرفًا."),
        ["too_long"] = ("{0} must be at most {1} characters.", "يجب ألا يزيد «{0}» عن {1} حرفًا."),
        ["pattern"] = ("{0} is not in the expected format.", "صيغة «{0}» غير صحيحة."),
        ["number"] = ("{0} must be a number.", "يجب أن يكون «{0}» رقمًا."),
        ["money"] = ("{0} must be an amount with at most two decimals.", "يجب أن يكون «{0}» مبلغًا بخانتين عشريتين على الأكثر."),
        ["below_min"] = ("{0} must be at least {1}.", "يجب ألا يقل «{0}» عن {1}."),
        ["above_max"] = ("{0} must be at most {1}.", "يجب ألا يزيد «{0}» عن {1}."),
        ["date"] = ("{0} must be a date (YYYY-MM-DD).", "يجب أن يكون «{0}» تاريخًا بالصيغة YYYY-MM-DD."),
        ["choice"] = ("{0} must be one of the listed options.", "يجب أن يكون «{0}» أحد الخيارات المعروضة."),
        ["duplicate_choice"] = ("{0} lists the same option twice.", "يتكرر الخيار نفسه في «{0}»."),
        ["yes_no"] = ("{0} must be yes or no.", "يجب أن تكون قيمة «{0}» نعم أو لا."),
        ["email"] = ("{0} must be a valid email address.", "يجب أن يكون «{0}» بريدًا إلكترونيًا صحيحًا."),
        ["phone"] = ("{0} must be a valid phone number.", "يجب أن يكون «{0}» رقم هاتف صحيحًا."),
        ["file_id"] = ("{0} refers to a file that was not uploaded.", "يشير «{0}» إلى ملف لم يتم رفعه."),
        ["too_many_files"] = ("{0} accepts at most {1} files.", "يقبل «{0}» {1} ملفات على الأكثر."),
    };

    public static string Format(string code, string language, params object[] args)
    {
        var (en, ar) = Texts[code];
        var culture = language == "ar" ? WorkflowPortal.Workflows.Texts.PortalCultures.Arabic : CultureInfo.InvariantCulture;
        return string.Format(culture, language == "ar" ? ar : en, args);
    }
}
