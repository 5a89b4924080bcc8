namespace WorkflowPortal.Testing;

// Where the optional test dependencies live. Outside CI a missing one skips its lane with a
// visible reason; under CI=true the test runs and fails, so a lane can never vanish silently.
public static class Lanes
{
    public const string PostgresVariable = "PORTAL_TEST_POSTGRES";
    public const string ChromiumVariable = "PORTAL_TEST_CHROMIUM";
    public const string NginxVariable = "PORTAL_TEST_NGINX";

    public static bool InCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Postgres => Read(PostgresVariable);

    public static string? Chromium
    {
        get
        {
            var path = Read(ChromiumVariable);
            return path is not null && File.Exists(path) ? path : null;
        }
    }

    // Debian's nginx unless PORTAL_TEST_NGINX names another binary.
    public static string? Nginx
    {
        get
        {
            var path = Read(NginxVariable) ?? "/usr/sbin/nginx";
            return File.Exists(path) ? path : null;
        }
    }

    public static string RequireNginx() => Nginx
        ?? throw new InvalidOperationException($"nginx is not installed (or {NginxVariable} does not point to it): the scale-out lane cannot run.");

    public static string RequirePostgres() => Postgres
        ?? throw new InvalidOperationException($"{PostgresVariable} is not set: the PostgreSQL lane cannot run.");

    public static string RequireChromium() => Chromium
        ?? throw new InvalidOperationException($"{ChromiumVariable} is not set or does not point to a browser: the browser lane cannot run.");

    internal static string? SkipReason(string? value, string variable) =>
        value is null && !InCi ? $"{variable} is not set (lane skipped; under CI=true this fails)" : null;

    static string? Read(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}

// A fact that needs a PostgreSQL server (PORTAL_TEST_POSTGRES).
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = Lanes.SkipReason(Lanes.Postgres, Lanes.PostgresVariable);
}

// A theory that needs a PostgreSQL server (PORTAL_TEST_POSTGRES).
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute() => Skip = Lanes.SkipReason(Lanes.Postgres, Lanes.PostgresVariable);
}

// A fact that drives a real Chromium (PORTAL_TEST_CHROMIUM).
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Lanes.SkipReason(Lanes.Chromium, Lanes.ChromiumVariable);
}

// A theory that drives a real Chromium (PORTAL_TEST_CHROMIUM).
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Lanes.SkipReason(Lanes.Chromium, Lanes.ChromiumVariable);
}

// A fact that runs two app instances behind nginx on PostgreSQL, with a browser: needs all three.
public sealed class ScaleOutFactAttribute : FactAttribute
{
    public ScaleOutFactAttribute() => Skip = Lanes.SkipReason(Lanes.Postgres, Lanes.PostgresVariable)
        ?? Lanes.SkipReason(Lanes.Chromium, Lanes.ChromiumVariable)
        ?? Lanes.SkipReason(Lanes.Nginx, Lanes.NginxVariable);
}
