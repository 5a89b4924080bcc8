using Microsoft.AspNetCore.Identity;

namespace WorkflowPortal.Workflows.People;

// A person who signs in: a legal-team member (Admin, LegalTeam) or a portal user (Client, Collaborator).
public sealed class PortalUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    // "en" or "ar": the UI, emails and generated documents follow it.
    public string Language { get; set; } = "en";

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
