using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Matters;

internal sealed class MatterConfiguration : IEntityTypeConfiguration<Matter>
{
    public void Configure(EntityTypeBuilder<Matter> builder)
    {
        builder.ToTable("Matters");
        builder.Property(m => m.Reference).HasMaxLength(32);
        builder.HasIndex(m => m.Reference).IsUnique();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(m => m.Creates).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.Property(m => m.Status).HasMaxLength(100);
        builder.Property(m => m.PracticeArea).HasMaxLength(100);
        builder.Property(m => m.AssignedTeam).HasMaxLength(100);
        builder.Property(m => m.RatingRemark).HasMaxLength(2000);
        builder.Property(m => m.Fields).AsJson();
        builder.ComplexProperty(m => m.Clock);
        // One index per list shape, in the list's order (newest first, then id): a page at any depth
        // is one index range (Paging.Keyset).
        builder.HasIndex(m => new { m.SubmittedAt, m.Id });
        builder.HasIndex(m => new { m.RequesterId, m.SubmittedAt, m.Id });
        builder.HasIndex(m => new { m.ClientId, m.SubmittedAt, m.Id });
        builder.HasIndex(m => new { m.Status, m.SubmittedAt, m.Id });
        builder.HasIndex(m => new { m.AssignedLawyerId, m.SubmittedAt, m.Id });
        builder.HasIndex(m => new { m.UpdatedAt, m.Id });
        builder.HasIndex(m => m.WorkflowInstanceId).IsUnique();
        builder.HasOne<RequestType>().WithMany().HasForeignKey(m => m.RequestTypeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MatterCommentConfiguration : IEntityTypeConfiguration<MatterComment>
{
    public void Configure(EntityTypeBuilder<MatterComment> builder)
    {
        builder.ToTable("MatterComments");
        builder.Property(c => c.Body).HasMaxLength(10_000);
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        // The conversation's pages, newest first, are one range of this index (Paging.Keyset).
        builder.HasIndex(c => new { c.MatterId, c.CreatedAt, c.Id });
        builder.HasOne<Matter>().WithMany().HasForeignKey(c => c.MatterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MatterAttachmentConfiguration : IEntityTypeConfiguration<MatterAttachment>
{
    public void Configure(EntityTypeBuilder<MatterAttachment> builder)
    {
        builder.ToTable("MatterAttachments");
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.StoredName).HasMaxLength(64);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.UploadedByName).HasMaxLength(200);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => new { a.MatterId, a.UploadedAt });
        builder.HasOne<Matter>().WithMany().HasForeignKey(a => a.MatterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HearingConfiguration : IEntityTypeConfiguration<Hearing>
{
    public void Configure(EntityTypeBuilder<Hearing> builder)
    {
        builder.ToTable("Hearings");
        builder.Property(h => h.Court).HasMaxLength(200);
        builder.Property(h => h.Chamber).HasMaxLength(200);
        builder.Property(h => h.Judge).HasMaxLength(200);
        builder.Property(h => h.Type).HasMaxLength(100);
        builder.Property(h => h.Notes).HasMaxLength(4000);
        builder.Property(h => h.Outcome).HasMaxLength(4000);
        builder.HasIndex(h => new { h.MatterId, h.At });
        builder.HasIndex(h => h.At);
        builder.HasOne<Matter>().WithMany().HasForeignKey(h => h.MatterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DateReminderConfiguration : IEntityTypeConfiguration<DateReminder>
{
    public void Configure(EntityTypeBuilder<DateReminder> builder)
    {
        builder.ToTable("DateReminders");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => new { r.ItemId, r.DateAt, r.DaysBefore }).IsUnique();
    }
}

internal sealed class RelatedPersonConfiguration : IEntityTypeConfiguration<RelatedPerson>
{
    public void Configure(EntityTypeBuilder<RelatedPerson> builder)
    {
        builder.ToTable("MatterPeople");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Role).HasMaxLength(100);
        builder.Property(p => p.Contact).HasMaxLength(300);
        builder.HasOne<Matter>().WithMany().HasForeignKey(p => p.MatterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KeyDateConfiguration : IEntityTypeConfiguration<KeyDate>
{
    public void Configure(EntityTypeBuilder<KeyDate> builder)
    {
        builder.ToTable("MatterKeyDates");
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.HasIndex(d => d.Date);
        builder.HasOne<Matter>().WithMany().HasForeignKey(d => d.MatterId).OnDelete(DeleteBehavior.Cascade);
    }
}
