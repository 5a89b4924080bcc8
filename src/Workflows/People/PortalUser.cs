using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Workflows.Searching;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Workflows.People;

// A person who signs in: a legal-team member (Admin, LegalTeam) or a portal user (Client, Collaborator).
// Identity owns the credentials; the methods below own where the person stands with the portal.
public sealed class PortalUser : IdentityUser<Guid>, ISearchable
{
    string ISearchable.SearchSource => $"{DisplayName} {Email}";

    public string DisplayName { get; set; } = "";

    // "en" or "ar": the UI, emails and generated documents follow it.
    public string Language { get; set; } = "en";

    // Dates in this person's emails and reminders also in the Hijri calendar (the page switch sets it).
    public bool ShowsHijri { get; set; }

    // The person's own time zone (an IANA id such as "Asia/Riyadh") for times on pages and in
    // emails; null means the firm's, as the working calendar sets it.
    public string? TimeZone { get; set; }

    public PortalUserStatus Status { get; private set; } = PortalUserStatus.Active;

    // Only an active person may sign in; every other status is a way of waiting or of having left.
    public bool IsActive => Status == PortalUserStatus.Active;

    public DateTimeOffset CreatedAt { get; set; }

    // The client organization (and optionally its department) a portal user belongs to.
    public Guid? ClientId { get; private set; }

    public Guid? DepartmentId { get; private set; }

    public DateTimeOffset? InvitedAt { get; private set; }

    public static PortalUser Invited(string email, string displayName, string language, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserName = email,
        Email = email,
        DisplayName = PlainText.Line(displayName),
        Language = language,
        CreatedAt = now,
        InvitedAt = now,
        Status = PortalUserStatus.Invited,
    };

    public static PortalUser SignedUp(string email, string displayName, string language, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserName = email,
        Email = email,
        DisplayName = PlainText.Line(displayName),
        Language = language,
        CreatedAt = now,
        Status = PortalUserStatus.SignUpUnconfirmed,
    };

    public void JoinClient(Guid clientId, Guid? departmentId)
    {
        ClientId = clientId;
        DepartmentId = departmentId;
    }

    public void ReInvite(DateTimeOffset now)
    {
        InvitedAt = now;
        Status = PortalUserStatus.Invited;
    }

    public void AcceptInvitation()
    {
        EmailConfirmed = true;
        Status = PortalUserStatus.Active;
    }

    public void RevokeInvitation() => Status = PortalUserStatus.Revoked;

    public void Deactivate() => Status = PortalUserStatus.Deactivated;

    // Someone deactivated before accepting their invitation has no password yet: they go back to invited.
    public void Reactivate() => Status = PasswordHash is null ? PortalUserStatus.Invited : PortalUserStatus.Active;

    // Sign-up: the address is proven; the person is either admitted at once or waits for approval.
    public void ConfirmSignUpEmail(bool admitted)
    {
        EmailConfirmed = true;
        Status = admitted ? PortalUserStatus.Active : PortalUserStatus.AwaitingApproval;
    }

    public void ApproveSignUp(Guid clientId, Guid? departmentId)
    {
        JoinClient(clientId, departmentId);
        Status = PortalUserStatus.Active;
    }

    public void RejectSignUp() => Status = PortalUserStatus.Rejected;
}
