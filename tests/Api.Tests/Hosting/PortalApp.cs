using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Api.Tests.Hosting;

// The real application, started in-process on a real database. Each instance owns a data folder;
// on PostgreSQL it is given a connection string to a database made for it.
public sealed class PortalApp : WebApplicationFactory<Program>
{
    readonly Dictionary<string, string?> _settings;

    public PortalApp(string storageRoot, string? postgres = null, bool kestrel = false,
        IDictionary<string, string?>? settings = null)
    {
        StorageRoot = storageRoot;
        _settings = new()
        {
            ["Storage:Root"] = storageRoot,
            ["Database:Provider"] = postgres is null ? PersistenceSetup.Sqlite : PersistenceSetup.Postgres,
            ["ConnectionStrings:Portal"] = postgres,
            ["Seed:Demo"] = "true",
            ["Email:Mode"] = "Pickup",
            ["Email:PollInterval"] = "00:00:00.200",
        };
        // Generous limits: only the tests about rate limiting set small ones.
        foreach (var limit in new[] { "SignIn", "SignInPerAccount", "ForgotPassword", "ForgotPasswordPerAccount", "SignUp", "Invitation", "Writes" })
            _settings[$"RateLimits:{limit}:PermitLimit"] = "100000";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            _settings[key] = value;
        // Must be called here, not on a WithWebHostBuilder copy, or Kestrel falls back to port 5000.
        if (kestrel) UseKestrel(0);
    }

    public string StorageRoot { get; }

    // Extra test services (e.g. a command-counting interceptor), applied after the application's.
    public Action<IServiceCollection>? ExtraServices { get; init; }

    // The application's TimeProvider: tests move it forward to expire tokens.
    public TestClock Clock { get; } = new();

    public static PortalApp OnSqlite(IDictionary<string, string?>? settings = null, bool kestrel = false) =>
        new(TempFolder.Create(), null, kestrel, settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            ExtraServices?.Invoke(services);
        });
    }

    public async Task<T> WithDbAsync<T>(Func<PortalDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDb>());
    }

    public Uri ServerAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(StorageRoot);
    }
}
