using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace WorkflowPortal.Api.Tests.Hosting;

// A real SMTP server inside the test process. It can be stopped and started again on the same
// port to play a mail server that is down for a while.
public sealed class SmtpFixture : IAsyncDisposable
{
    readonly ConcurrentQueue<MimeMessage> _received = new();
    SmtpServer.SmtpServer? _server;
    CancellationTokenSource? _stop;

    SmtpFixture(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Received => _received;

    // How long the server takes to accept each message: a slow mail server.
    public TimeSpan DelayPerMessage { get; set; }

    // SMTP connections opened so far.
    public int Sessions => _sessions;
    int _sessions;

    public static SmtpFixture StartNew(bool running = true)
    {
        var fixture = new SmtpFixture(FreePort());
        if (running) fixture.Start();
        return fixture;
    }

    // Settings that point the portal at this server.
    public Dictionary<string, string?> Settings() => new()
    {
        ["Email:Mode"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Port.ToString(),
        ["Email:PollInterval"] = "00:00:00.200",
        ["Email:RetryDelay"] = "00:00:00.300",
        ["Email:MaxRetryDelay"] = "00:00:01",
    };

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_received, () => DelayPerMessage));
        _server = new SmtpServer.SmtpServer(options, services);
        _server.SessionCreated += (_, _) => Interlocked.Increment(ref _sessions);
        _stop = new CancellationTokenSource();
        _ = _server.StartAsync(_stop.Token);
    }

    public async Task StopAsync()
    {
        if (_server is null) return;
        _server.Shutdown();
        await _stop!.CancelAsync();
        await _server.ShutdownTask.WaitAsync(TimeSpan.FromSeconds(10));
        _server = null;
    }

    public async Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (_received.FirstOrDefault(match) is { } message) return message;
            await Task.Delay(100);
        }
        throw new TimeoutException("No matching email arrived at the SMTP server.");
    }

    public Task<MimeMessage> WaitForMessageToAsync(string address) =>
        WaitForMessageAsync(m => m.To.Mailboxes.Any(b => b.Address.Equals(address, StringComparison.OrdinalIgnoreCase)));

    public async ValueTask DisposeAsync() => await StopAsync();

    static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    sealed class Store(ConcurrentQueue<MimeMessage> received, Func<TimeSpan> delay) : IMessageStore
    {
        public async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (delay() > TimeSpan.Zero) await Task.Delay(delay(), cancellationToken);
            using var stream = new MemoryStream();
            foreach (var segment in buffer) stream.Write(segment.Span);
            stream.Position = 0;
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
