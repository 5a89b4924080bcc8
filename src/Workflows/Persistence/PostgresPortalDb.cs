using Microsoft.EntityFrameworkCore;

namespace WorkflowPortal.Workflows.Persistence;

public sealed class PostgresPortalDb(DbContextOptions<PostgresPortalDb> options) : PortalDb(options);
