using MimeKit;

namespace WorkflowPortal.Workflows.Notifications;

// Where a composed email goes: an SMTP server, or the pickup folder. Throws when it could not be delivered.
public interface IMailTransport
{
    Task DeliverAsync(MimeMessage message, CancellationToken ct);
}
