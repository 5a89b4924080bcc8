using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowPortal.Workflows.Processes.ChangeLog;

internal sealed class DefinitionChangeConfiguration : IEntityTypeConfiguration<DefinitionChange>
{
    public void Configure(EntityTypeBuilder<DefinitionChange> builder)
    {
        builder.ToTable("WorkflowDefinitionChanges");
        builder.Property(c => c.Key).HasMaxLength(100);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ActorName).HasMaxLength(200);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.HasIndex(c => new { c.Key, c.At });
    }
}
