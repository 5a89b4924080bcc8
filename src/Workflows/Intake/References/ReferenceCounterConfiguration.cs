using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowPortal.Workflows.Intake.References;

internal sealed class ReferenceCounterConfiguration : IEntityTypeConfiguration<ReferenceCounter>
{
    public void Configure(EntityTypeBuilder<ReferenceCounter> counter)
    {
        counter.ToTable("ReferenceCounters");
        counter.HasKey(c => new { c.Prefix, c.Year });
        counter.Property(c => c.Prefix).HasMaxLength(8);
    }
}
