using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace WorkflowPortal.Workflows.Notifications;

public sealed class SmtpTransport(EmailOptions options) : IMailTransport
{
    public IMailSession Open() => new Session(options.Smtp);

    // Connects on the first message and reuses the connection; after a failure the connection's
    // state is unknown, so the next message opens a fresh one.
    sealed class Session(SmtpOptions smtp) : IMailSession
    {
        SmtpClient? _client;

        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            try
            {
                _client ??= await ConnectAsync(ct);
                await _client.SendAsync(message, ct);
            }
            catch
            {
                _client?.Dispose();
                _client = null;
                throw;
            }
        }

        async Task<SmtpClient> ConnectAsync(CancellationToken ct)
        {
            var client = new SmtpClient { Timeout = 30_000 };
            try
            {
                await client.ConnectAsync(smtp.Host, smtp.Port, smtp.UseTls ? SecureSocketOptions.Auto : SecureSocketOptions.None, ct);
                if (!string.IsNullOrEmpty(smtp.UserName))
                    await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
                return client;
            }
            catch
            {
                client.Dispose();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_client is null) return;
            try
            {
                using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _client.DisconnectAsync(true, quit.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SmtpProtocolException or SmtpCommandException)
            {
                // Every message was already accepted or refused: a failed QUIT changes nothing.
            }
            _client.Dispose();
        }
    }
}
