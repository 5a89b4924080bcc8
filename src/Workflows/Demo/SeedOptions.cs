namespace WorkflowPortal.Workflows.Demo;

// Seed:*: the first administrator, and whether to load demo data on an empty database.
public sealed class SeedOptions
{
    public const string DefaultAdminEmail = "admin@demo.portal";
    public const string DefaultAdminPassword = "Admin#Portal2026";
    public const string DemoPassword = "Demo#Portal2026";

    public bool Demo { get; set; }
    public string AdminEmail { get; set; } = DefaultAdminEmail;
    public string? AdminPassword { get; set; }
}
