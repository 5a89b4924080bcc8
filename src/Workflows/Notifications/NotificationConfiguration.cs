using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowPortal.Workflows.Notifications;

internal sealed class NotificationConfiguration :
    IEntityTypeConfiguration<Notification>, IEntityTypeConfiguration<NotificationPreference>, IEntityTypeConfiguration<OutboxMessage>,
    IEntityTypeConfiguration<MailHealth>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("Notifications");
        notification.Property(n => n.Type).HasMaxLength(100);
        notification.Property(n => n.Title).HasMaxLength(300);
        notification.Property(n => n.Body).HasMaxLength(4000);
        notification.Property(n => n.Link).HasMaxLength(1000);
        notification.Property(n => n.SortKey).HasMaxLength(60);
        notification.HasIndex(n => new { n.RecipientId, n.SortKey });
        notification.HasIndex(n => new { n.RecipientId, n.ReadAt });
    }

    public void Configure(EntityTypeBuilder<NotificationPreference> preference)
    {
        preference.ToTable("NotificationPreferences");
        preference.HasKey(p => new { p.UserId, p.Type });
        preference.Property(p => p.Type).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("OutboxMessages");
        message.Property(m => m.ToAddress).HasMaxLength(256);
        message.Property(m => m.ToName).HasMaxLength(200);
        message.Property(m => m.Language).HasMaxLength(8);
        message.Property(m => m.Subject).HasMaxLength(500);
        message.Property(m => m.LastError).HasMaxLength(1000);
        message.Property(m => m.Status).HasConversion<int>();
        message.Property(m => m.ClaimToken).IsConcurrencyToken();
        message.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }

    public void Configure(EntityTypeBuilder<MailHealth> health)
    {
        health.ToTable("MailHealth");
        health.Property(h => h.Id).ValueGeneratedNever();
        health.HasData(new { Id = MailHealth.SingletonId });
    }
}
