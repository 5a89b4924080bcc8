using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Persistence;

namespace WorkflowPortal.Engine.Bench;

// The engine's tables plus the raw baseline's two tables, in one database per run.
public sealed class BenchDb(DbContextOptions<BenchDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyWorkflowEngine();
        modelBuilder.Entity<RawInstance>(e =>
        {
            e.ToTable("RawInstances");
            e.Property(i => i.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<RawHistory>(e =>
        {
            e.ToTable("RawHistory");
            e.HasOne<RawInstance>().WithMany().HasForeignKey(h => h.InstanceId);
            e.HasIndex(h => new { h.InstanceId, h.Sequence }).IsUnique();
        });
    }
}

// What a hand-written EF Core workflow would persist: the same row update and history insert.
public sealed class RawInstance
{
    public Guid Id { get; set; }
    public string State { get; set; } = "";
    public int Version { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public sealed class RawHistory
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public int Sequence { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string Trigger { get; set; } = "";
    public string? FromState { get; set; }
    public string ToState { get; set; } = "";
    public DateTime At { get; set; }
    public string? Comment { get; set; }
}
