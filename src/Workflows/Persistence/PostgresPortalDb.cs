using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Searching;

namespace WorkflowPortal.Workflows.Persistence;

public sealed class PostgresPortalDb(DbContextOptions<PostgresPortalDb> options) : PortalDb(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Search is LIKE '%term%' on the folded column: a trigram GIN index serves it at any depth
        // of the table (a B-tree cannot serve a leading %). Debian's postgresql ships pg_trgm.
        builder.HasPostgresExtension("pg_trgm");
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(ISearchable).IsAssignableFrom(t.ClrType)).ToList())
            builder.Entity(type.ClrType).HasIndex(SearchText.Column).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
