using Microsoft.AspNetCore.Identity;

namespace WorkflowPortal.Workflows.People;

public sealed class PortalRole : IdentityRole<Guid>
{
    public PortalRole() { }

    public PortalRole(string name) : base(name) => NormalizedName = name.ToUpperInvariant();
}
