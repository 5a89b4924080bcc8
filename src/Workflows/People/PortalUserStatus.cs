namespace WorkflowPortal.Workflows.People;

public enum PortalUserStatus
{
    Active,
    Invited,
    Revoked,
    Deactivated,
    SignUpUnconfirmed,
    AwaitingApproval,
    Rejected,
}
