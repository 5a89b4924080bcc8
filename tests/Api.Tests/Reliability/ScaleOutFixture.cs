using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Reliability;

// Two instances of the app on real Kestrel, one PostgreSQL database (data-protection keys live in
// it), one attachment folder, started at the same moment on the empty database, with nginx in front.
public class ScaleOutFixture : IAsyncLifetime
{
    PostgresDatabase? _database;

    public PortalApp First { get; private set; } = null!;
    public PortalApp Second { get; private set; } = null!;
    public NginxProxy Proxy { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (new ScaleOutFactAttribute().Skip is not null) return;
        _database = await PostgresDatabase.CreateAsync("portal_scale");
        var storage = TempFolder.Create();
        var proxyPort = NginxProxy.FreePort();
        var settings = new Dictionary<string, string?>
        {
            ["Portal:PublicUrl"] = $"http://127.0.0.1:{proxyPort}",
            ["Proxy:KnownProxies:0"] = "127.0.0.1",
            ["Workflows:DeadlinePollInterval"] = "00:00:00.500",
        };
        foreach (var (key, value) in ExtraSettings()) settings[key] = value;
        First = new PortalApp(storage, _database.ConnectionString, kestrel: true, settings);
        Second = new PortalApp(storage, _database.ConnectionString, kestrel: true, settings);
        var addresses = await Task.WhenAll(Task.Run(() => First.ServerAddress), Task.Run(() => Second.ServerAddress));
        Proxy = await NginxProxy.StartAsync(proxyPort, addresses);
    }

    // Settings both instances get on top of the lane's (a derived cluster's mail server, say).
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings() => new Dictionary<string, string?>();

    // Signed-in API clients through nginx, at least `each` answered by each instance, found by
    // trying loopback source addresses until the hash has sent enough to both.
    public async Task<(List<HttpClient> First, List<HttpClient> Second)> ClientsOnBothAsync(string email, int each)
    {
        List<HttpClient> first = [], second = [];
        for (var octet = 2; octet < 250 && (first.Count < each || second.Count < each); octet++)
        {
            var client = Proxy.ClientFrom(IPAddress.Parse($"127.0.0.{octet}"));
            var login = await client.PostAsJsonAsync("/api/v1/auth/login",
                new { email, password = email == PortalApi.Admin ? PortalApi.AdminPassword : PortalApi.DemoPassword });
            var token = (await login.JsonAsync(HttpStatusCode.OK)).GetProperty("accessToken").GetString();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var side = Upstream(login) == First.ServerAddress.Port ? first : second;
            if (side.Count < each) side.Add(client);
            else client.Dispose();
        }
        Assert.True(first.Count == each && second.Count == each, "nginx did not spread the client addresses over both instances");
        return (first, second);
    }

    // The port of the instance nginx chose for this response.
    public static int Upstream(HttpResponseMessage response) =>
        new Uri("http://" + response.Headers.GetValues("X-Upstream").Single()).Port;

    public static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> request) => await (await request).JsonAsync(HttpStatusCode.OK);

    public virtual async Task DisposeAsync()
    {
        if (_database is null) return;
        await Proxy.DisposeAsync();
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await _database.DisposeAsync();
    }
}
