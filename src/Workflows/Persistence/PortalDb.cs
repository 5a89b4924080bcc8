using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Persistence;
using WorkflowPortal.Workflows.Paging;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Searching;

namespace WorkflowPortal.Workflows.Persistence;

// The one database of the product. Each provider derives its own context so that each keeps its
// own generated migrations (Migrations/Sqlite, Migrations/Postgres).
public abstract class PortalDb
    : IdentityDbContext<PortalUser, PortalRole, Guid>, IDataProtectionKeyContext
{
    protected PortalDb(DbContextOptions options) : base(options) =>
        SavingChanges += (_, _) => SearchColumns.Refresh(ChangeTracker);

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyWorkflowEngine();
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDb).Assembly);
        builder.ApplyKeysetFunctions();
        builder.ApplySearchColumns();
    }
}
