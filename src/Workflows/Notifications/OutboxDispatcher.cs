using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Notifications;

// Sends what the outbox holds. A message is claimed (lease), delivered, then marked sent; a
// failure schedules a retry with back-off. A crash between delivery and marking could repeat one
// message after its lease: the stable Message-Id lets mail servers drop that duplicate.
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, IMailTransport transport, EmailOptions options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchOnceAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database was unreachable or similar: try again on the next tick.
                logger.LogWarning(e, "The email outbox could not be processed");
            }
            try
            {
                await Task.Delay(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // One batch: returns how many messages were claimed.
    public async Task<int> DispatchOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var claimed = await OutboxClaims.ClaimAsync(db, clock.GetUtcNow(), options, ct);
        foreach (var message in claimed)
        {
            try
            {
                await transport.DeliverAsync(ToMime(message), ct);
                message.MarkSent(clock.GetUtcNow());
                logger.LogInformation("Sent email {MessageId} (attempt {Attempt})", message.Id, message.Attempts);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                message.MarkFailed(e.Message, clock.GetUtcNow(), options);
                logger.LogWarning("Email {MessageId} failed on attempt {Attempt}: {Reason}", message.Id, message.Attempts, e.Message);
            }
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return claimed.Count;
    }

    MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage { Subject = message.Subject, MessageId = $"{message.Id:N}@workflowportal", Date = message.CreatedAt };
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Headers.Add("Content-Language", message.Language);
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }
}
