using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace WorkflowPortal.Testing;

// A throw-away PostgreSQL server of the test's own (initdb + pg_ctl from the machine's PostgreSQL
// packages), so that a test may stop it and start it again without touching the lane's server.
public sealed class PostgresCluster : IAsyncDisposable
{
    readonly string _bin;
    readonly string _folder;

    PostgresCluster(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database}";

    // An empty database on this server; returns its connection string.
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return ConnectionString(name);
    }

    public static async Task<PostgresCluster> StartNewAsync()
    {
        var versions = Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [];
        var bin = versions.Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
            .OrderBy(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0).LastOrDefault()
            ?? throw new InvalidOperationException("No PostgreSQL server binaries under /usr/lib/postgresql (Debian's postgresql package).");
        var folder = Directory.CreateTempSubdirectory("portal-pg-").FullName;
        // initdb refuses to run as root: the cluster then belongs to the postgres user.
        if (Environment.UserName == "root") await RunAsync("chown", "postgres:postgres", folder);
        var cluster = new PostgresCluster(bin, folder, FreePort());
        await cluster.PgAsync("initdb", "-D", cluster.Data, "-A", "trust", "-U", "postgres");
        await cluster.StartAsync();
        return cluster;
    }

    string Data => Path.Combine(_folder, "data");

    public Task StartAsync() => PgAsync("pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "log"), "-w", "start",
        "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -k {_folder} -c fsync=off -c max_connections=200");

    // Like a crash or a power cut: no shutdown checkpoint; committed work comes back from the WAL.
    public Task StopAsync() => PgAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        Directory.Delete(_folder, recursive: true);
    }

    Task PgAsync(string tool, params string[] arguments) => Environment.UserName == "root"
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
        : RunAsync(Path.Combine(_bin, tool), arguments);

    static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}{await output}");
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
