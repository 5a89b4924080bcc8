using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Processes.Subjects;

// What a workflow instance runs: publication checks a definition against the kinds of the
// request types that use it, and every effect has a handler per kind.
public enum SubjectKind { Matter, LitigationCase, Contract }

public static class SubjectKinds
{
    public static readonly IReadOnlyList<SubjectKind> All = Enum.GetValues<SubjectKind>();

    public static SubjectKind Of(RequestKind kind) => kind switch
    {
        RequestKind.Matter => SubjectKind.Matter,
        RequestKind.LitigationCase => SubjectKind.LitigationCase,
        _ => SubjectKind.Contract,
    };

    public static (string En, string Ar) Name(SubjectKind kind) => kind switch
    {
        SubjectKind.Matter => ("matters", "المسائل"),
        SubjectKind.LitigationCase => ("litigation cases", "القضايا"),
        _ => ("contracts", "العقود"),
    };
}
