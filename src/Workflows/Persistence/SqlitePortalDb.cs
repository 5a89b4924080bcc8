using Microsoft.EntityFrameworkCore;

namespace WorkflowPortal.Workflows.Persistence;

public sealed class SqlitePortalDb(DbContextOptions<SqlitePortalDb> options) : PortalDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot compare or order DateTimeOffset columns; UTC ticks sort correctly.
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
