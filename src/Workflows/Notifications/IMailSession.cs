using MimeKit;

namespace WorkflowPortal.Workflows.Notifications;

// One connection to the mail server for a batch. SendAsync throws when the message was not accepted.
public interface IMailSession : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
