using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Persistence;

namespace WorkflowPortal.Engine.Tests.Harness;

// A small context standing in for the app's PortalDb: the engine maps itself into it.
public sealed class TestDb(DbContextOptions<TestDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyWorkflowEngine();
}
