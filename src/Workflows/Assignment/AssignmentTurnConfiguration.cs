using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Assignment;

internal sealed class AssignmentTurnConfiguration : IEntityTypeConfiguration<AssignmentTurn>
{
    public void Configure(EntityTypeBuilder<AssignmentTurn> turn)
    {
        turn.ToTable("AssignmentTurns");
        turn.HasKey(t => new { t.RequestTypeId, t.Pool });
        turn.Property(t => t.Pool).HasMaxLength(100);
        turn.HasOne<RequestType>().WithMany().HasForeignKey(t => t.RequestTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}
