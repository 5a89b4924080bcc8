using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowPortal.Workflows.Persistence;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
public sealed class SqlitePortalDbFactory : IDesignTimeDbContextFactory<SqlitePortalDb>
{
    public SqlitePortalDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePortalDb>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresPortalDbFactory : IDesignTimeDbContextFactory<PostgresPortalDb>
{
    public PostgresPortalDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPortalDb>().UseNpgsql("Host=localhost;Database=design").Options);
}
