namespace WorkflowPortal.Workflows.Notifications;

// The event types a person can receive; the profile page offers an email switch for each.
// A feature that notifies adds its type here (and its label to the profile's resources).
public static class NotificationTypes
{
    public const string SignUpAwaitingApproval = "signup.awaiting-approval";
    public const string AccountApproved = "account.approved";
    public const string RequestUpdated = "request.updated";
    public const string CommentAdded = "comment.added";
    public const string ApprovalRequested = "approval.requested";
    public const string SignatureRequested = "signature.requested";
    public const string MilestoneAdded = "milestone.added";
    public const string MilestoneOverdue = "milestone.overdue";
    public const string DeadlineReminder = "deadline.reminder";
    public const string DeadlineEscalated = "deadline.escalated";
    public const string MailFailing = "mail.failing";

    public static readonly IReadOnlyList<string> All =
        [RequestUpdated, CommentAdded, ApprovalRequested, SignatureRequested, MilestoneAdded, MilestoneOverdue, DeadlineReminder, DeadlineEscalated,
            SignUpAwaitingApproval, AccountApproved, MailFailing];

    // The switches a person is offered: each side of the product receives only some of the types.
    public static IReadOnlyList<string> For(Access.Actor actor) => actor.IsLegalTeam
        ? [RequestUpdated, CommentAdded, ApprovalRequested, SignatureRequested, MilestoneAdded, MilestoneOverdue, DeadlineReminder, DeadlineEscalated,
            SignUpAwaitingApproval, .. actor.IsAdmin ? [MailFailing] : Array.Empty<string>()]
        : [RequestUpdated, CommentAdded, ApprovalRequested, SignatureRequested, MilestoneOverdue, DeadlineReminder, AccountApproved];
}
