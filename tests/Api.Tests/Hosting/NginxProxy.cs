using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Hosting;

// Debian's nginx in front of the app instances, run in the foreground from a temporary prefix,
// configured as the README's deployment: sticky by client address (Blazor circuits stay on the
// instance that holds them), WebSocket upgrade, forwarded headers. X-Upstream names the instance
// that answered, so a test can see the traffic split.
public sealed class NginxProxy : IAsyncDisposable
{
    readonly Process _process;
    readonly string _prefix;

    NginxProxy(Process process, string prefix, int port)
    {
        _process = process;
        _prefix = prefix;
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Address { get; }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<NginxProxy> StartAsync(int port, IEnumerable<Uri> instances)
    {
        var nginx = Lanes.RequireNginx();
        var prefix = TempFolder.Create();
        var servers = string.Join(" ", instances.Select(i => $"server 127.0.0.1:{i.Port};"));
        // As root the workers would switch to nobody, who cannot write the temporary folders.
        var user = Environment.UserName == "root" ? "user root;" : "";
        await File.WriteAllTextAsync(Path.Combine(prefix, "nginx.conf"), $$"""
            {{user}}
            daemon off;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 1024; }
            http {
              access_log off;
              client_body_temp_path {{prefix}}/body; proxy_temp_path {{prefix}}/proxy;
              fastcgi_temp_path {{prefix}}/fastcgi; uwsgi_temp_path {{prefix}}/uwsgi; scgi_temp_path {{prefix}}/scgi;
              client_max_body_size 50m;
              map $http_upgrade $connection_upgrade { default upgrade; '' close; }
              upstream portal { hash $remote_addr consistent; {{servers}} }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://portal;
                  proxy_http_version 1.1;
                  proxy_set_header Upgrade $http_upgrade;
                  proxy_set_header Connection $connection_upgrade;
                  proxy_set_header Host $http_host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_read_timeout 300s;
                  add_header X-Upstream $upstream_addr always;
                }
              }
            }
            """);
        var start = new ProcessStartInfo(nginx) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", prefix, "-c", Path.Combine(prefix, "nginx.conf") }) start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        var proxy = new NginxProxy(process, prefix, port);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"nginx exited ({process.ExitCode}): {await process.StandardError.ReadToEndAsync()}"
                    + await File.ReadAllTextAsync(Path.Combine(prefix, "error.log")));
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return proxy;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    // A client whose connections come from the given loopback address (127.0.0.0/8 is all local),
    // so that nginx's hash sends it to one instance or the other.
    public HttpClient ClientFrom(IPAddress local)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = Address };
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
        TempFolder.Delete(_prefix);
        return ValueTask.CompletedTask;
    }
}
