using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Persistence;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Workflows.Persistence;

// The one database of the product. Each provider derives its own context so that each keeps its
// own generated migrations (Migrations/Sqlite, Migrations/Postgres).
public abstract class PortalDb(DbContextOptions options)
    : IdentityDbContext<PortalUser, PortalRole, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyWorkflowEngine();
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDb).Assembly);
    }
}
