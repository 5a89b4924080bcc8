using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Workflows.Processes.Guards;

// One named guard: what it means in both languages, whether it takes a key (FieldFilled:<key>),
// and the subject kinds whose facts can answer it.
public sealed record GuardInfo(string Name, string LabelEn, string LabelAr, bool TakesKey, IReadOnlyList<SubjectKind> Subjects);

// The fixed, documented set of facts a transition's `guards` may name. GuardFacts computes them
// before firing; publication refuses any other name.
public static class GuardCatalog
{
    public const string HasAttachment = "HasAttachment";
    public const string AssigneeSet = "AssigneeSet";
    public const string AllMilestonesDone = "AllMilestonesDone";
    public const string FieldFilled = "FieldFilled";

    public static readonly IReadOnlyList<GuardInfo> All =
    [
        new(HasAttachment, "Has an attachment (a file on the matter, a version of the contract)", "يوجد مرفق (ملف في المسألة أو نسخة من العقد)", false, SubjectKinds.All),
        new(AssigneeSet, "A lawyer is assigned", "تم تعيين محامٍ", false, SubjectKinds.All),
        new(AllMilestonesDone, "Every milestone is completed or cancelled", "اكتملت جميع المراحل أو أُلغيت", false, [SubjectKind.Contract]),
        new(FieldFilled, "The form field is filled", "حقل النموذج معبأ", true, SubjectKinds.All),
    ];

    // "FieldFilled:fee" -> (FieldFilled, "fee"); an unknown name or a missing key -> null.
    public static (GuardInfo Guard, string? Key)? Find(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var head = colon < 0 ? name : name[..colon];
        var key = colon < 0 ? null : name[(colon + 1)..].Trim();
        var guard = All.FirstOrDefault(g => g.Name == head);
        if (guard is null || guard.TakesKey != !string.IsNullOrEmpty(key)) return null;
        return (guard, key);
    }
}
