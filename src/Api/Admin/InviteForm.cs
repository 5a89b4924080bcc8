namespace WorkflowPortal.Api.Admin;

// The fields of the invitation forms on the admin pages.
internal sealed class InviteForm
{
    public string? Email { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string Language { get; set; } = "en";
    public Guid? ClientId { get; set; }
    public Guid? DepartmentId { get; set; }

    public void Clear()
    {
        Email = null;
        Name = null;
    }
}
