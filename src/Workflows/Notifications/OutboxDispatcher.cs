using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Notifications;

// Sends what the outbox holds, one fenced claim per message, over one mail session per batch.
// While a message is being sent its lease is renewed; if the renewal finds the message claimed by
// someone else the send is abandoned, and marking sent is refused unless the claim is still ours.
// So a slow or hanging server never makes a second instance send the same email. A crash between
// delivery and marking could repeat one message after its lease: the stable Message-Id lets mail
// servers drop that duplicate.
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
                await AlertIfFailingAsync(stoppingToken);
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

    // One batch: returns how many messages this dispatcher claimed.
    public async Task<int> DispatchOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var due = await OutboxClaims.DueAsync(db, clock.GetUtcNow(), options.BatchSize, ct);
        if (due.Count == 0) return 0;

        int claimed = 0, sent = 0, failed = 0;
        await using (var session = transport.Open())
        {
            foreach (var message in due)
            {
                if (!await OutboxClaims.TryClaimAsync(db, message, clock.GetUtcNow(), options.Lease, ct)) continue;
                claimed++;
                switch (await SendAsync(db, session, message, ct))
                {
                    case true: sent++; break;
                    case false: failed++; break;
                }
            }
        }
        if (sent > 0) await MailOutage.SucceededAsync(db, CancellationToken.None);
        else if (failed > 0) await MailOutage.FailedAsync(db, clock.GetUtcNow(), CancellationToken.None);
        return claimed;
    }

    async Task AlertIfFailingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<MailOutage>().AlertIfDueAsync(ct))
            logger.LogError("No email could be sent for {After}; the administrators were told", options.FailingAlertAfter);
    }

    // True when sent, false when the attempt failed, null when the claim was lost to someone else.
    async Task<bool?> SendAsync(PortalDb db, IMailSession session, OutboxMessage message, CancellationToken ct)
    {
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var sending = new CancellationTokenSource();
        var renewing = RenewWhileSendingAsync(db, message, lost, sending.Token);
        Exception? failure = null;
        bool stillOurs;
        try
        {
            await session.SendAsync(ToMime(message), lost.Token);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            failure = e;
        }
        finally
        {
            // Stopped before the context is used again: a DbContext serves one caller at a time.
            await sending.CancelAsync();
            stillOurs = await renewing;
        }

        if (!stillOurs)
        {
            logger.LogWarning("Email {MessageId} was claimed by another dispatcher while being sent; this one stops", message.Id);
            return null;
        }
        if (failure is null) message.MarkSent(clock.GetUtcNow());
        else message.MarkFailed(failure.Message, clock.GetUtcNow(), options);
        if (!await OutboxClaims.TrySaveAsync(db, message, CancellationToken.None))
        {
            logger.LogWarning("Email {MessageId} lost its claim before it could be marked", message.Id);
            return null;
        }
        if (failure is null)
            logger.LogInformation("Sent email {MessageId} (attempt {Attempt})", message.Id, message.Attempts);
        else
            logger.LogWarning("Email {MessageId} failed on attempt {Attempt}: {Reason}", message.Id, message.Attempts, failure.Message);
        return failure is null;
    }

    // Renews the lease at a third of its length until the send ends. Returns false (and cancels
    // the send) once the claim belongs to someone else.
    async Task<bool> RenewWhileSendingAsync(PortalDb db, OutboxMessage message, CancellationTokenSource lost, CancellationToken done)
    {
        var every = options.Lease / 3;
        while (true)
        {
            try
            {
                await Task.Delay(every, done);
            }
            catch (OperationCanceledException)
            {
                return true;
            }
            message.Renew(clock.GetUtcNow(), options.Lease);
            bool renewed;
            try
            {
                renewed = await OutboxClaims.TrySaveAsync(db, message, CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database is briefly unreachable: keep sending; the next renewal tries again.
                logger.LogWarning(e, "The lease of email {MessageId} could not be renewed", message.Id);
                continue;
            }
            if (renewed) continue;
            await lost.CancelAsync();
            return false;
        }
    }

    MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage { Subject = message.Subject, MessageId = $"{message.Id:N}@workflowportal", Date = message.CreatedAt };
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Headers.Add("Content-Language", message.Language);
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        // Declared, 7-bit safe bodies: raw 8-bit UTF-8 (what a pickup file or an 8BITMIME server
        // got before) is mangled by relays that are not 8-bit clean.
        foreach (var part in mime.BodyParts.OfType<TextPart>()) part.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
        return mime;
    }
}
