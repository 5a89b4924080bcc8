using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Signatures;

namespace WorkflowPortal.Engine.Persistence;

public static class WorkflowModel
{
    // Maps the engine's tables into any DbContext (the app's PortalDb, a test's small context),
    // so a transition and the domain change it causes commit in one transaction.
    public static ModelBuilder ApplyWorkflowEngine(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkflowDefinitionVersion>(e =>
        {
            e.ToTable("WorkflowDefinitionVersions");
            e.HasKey(v => v.Id);
            e.Property(v => v.Key).HasMaxLength(100);
            // A draft published by one admin while another saves it must not be overwritten.
            e.Property(v => v.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
            e.Property(v => v.UpdatedAt).IsConcurrencyToken();
            e.HasIndex(v => new { v.Key, v.Version }).IsUnique();
            Times(e);
        });
        modelBuilder.Entity<WorkflowInstance>(e =>
        {
            e.ToTable("WorkflowInstances");
            e.HasKey(i => i.Id);
            e.Property(i => i.DefinitionKey).HasMaxLength(100);
            e.Property(i => i.State).HasMaxLength(100);
            e.Property(i => i.Version).IsConcurrencyToken();
            e.Property(i => i.SubjectType).HasMaxLength(100);
            e.Property(i => i.SubjectId).HasMaxLength(100);
            e.Ignore(i => i.Subject);
            e.Ignore(i => i.Data);
            e.HasIndex(i => new { i.SubjectType, i.SubjectId });
            e.HasIndex(i => new { i.DefinitionKey, i.State });
            Times(e);
        });
        modelBuilder.Entity<WorkflowHistoryEntry>(e =>
        {
            e.ToTable("WorkflowHistory");
            e.HasKey(h => h.Id);
            e.HasOne<WorkflowInstance>().WithMany().HasForeignKey(h => h.InstanceId).OnDelete(DeleteBehavior.Cascade);
            // The database itself refuses a second entry for one step.
            e.HasIndex(h => new { h.InstanceId, h.Sequence }).IsUnique();
            e.Property(h => h.ActorId).HasMaxLength(100);
            e.Property(h => h.ActorName).HasMaxLength(200);
            e.Property(h => h.Trigger).HasMaxLength(100);
            e.Property(h => h.FromState).HasMaxLength(100);
            e.Property(h => h.ToState).HasMaxLength(100);
            e.Ignore(h => h.Fields);
            Times(e);
        });
        modelBuilder.Entity<ApprovalTask>(e =>
        {
            e.ToTable("WorkflowApprovalTasks");
            e.HasKey(t => t.Id);
            e.HasOne<WorkflowInstance>().WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(t => new { t.InstanceId, t.Visit });
            e.HasIndex(t => new { t.AssigneeId, t.Status });
            e.Property(t => t.State).HasMaxLength(100);
            e.Property(t => t.AssigneeId).HasMaxLength(100);
            e.Property(t => t.AssigneeName).HasMaxLength(200);
            e.Property(t => t.Mode).HasConversion<string>().HasMaxLength(10);
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            Times(e);
        });
        modelBuilder.Entity<SignatureTask>(e =>
        {
            e.ToTable("WorkflowSignatureTasks");
            e.HasKey(t => t.Id);
            e.HasOne<WorkflowInstance>().WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(t => new { t.InstanceId, t.Visit });
            e.HasIndex(t => new { t.SignerId, t.Status });
            e.Property(t => t.State).HasMaxLength(100);
            e.Property(t => t.SignerId).HasMaxLength(100);
            e.Property(t => t.SignerName).HasMaxLength(200);
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            Times(e);
        });
        return modelBuilder;
    }

    // Times are stored as UTC DateTime: timestamptz on PostgreSQL, sortable ISO text on SQLite
    // (which cannot compare or order DateTimeOffset in SQL).
    static void Times<T>(EntityTypeBuilder<T> entity) where T : class
    {
        foreach (var property in typeof(T).GetProperties())
        {
            if (property.PropertyType == typeof(DateTimeOffset))
                entity.Property<DateTimeOffset>(property.Name).HasConversion(UtcTime);
            else if (property.PropertyType == typeof(DateTimeOffset?))
                entity.Property<DateTimeOffset?>(property.Name).HasConversion(UtcTime);
        }
    }

    static readonly ValueConverter<DateTimeOffset, DateTime> UtcTime = new(
        value => value.UtcDateTime,
        value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
}
