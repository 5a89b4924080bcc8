using WorkflowPortal.Workflows.Access;

namespace WorkflowPortal.Api.Security;

// RateLimits:{Name}:PermitLimit and :Window. A fixed window per partition (an address or an
// account); the README's configuration table lists the names and defaults. RateLimits:Writes (per
// person) is spent by the use cases themselves: Workflows.Access.WriteLimits.
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public static readonly IReadOnlyDictionary<string, RateLimit> Defaults = new Dictionary<string, RateLimit>
    {
        [RateLimitNames.SignIn] = new(30, TimeSpan.FromMinutes(5)),
        [RateLimitNames.SignInPerAccount] = new(10, TimeSpan.FromMinutes(5)),
        [RateLimitNames.ForgotPassword] = new(10, TimeSpan.FromMinutes(15)),
        [RateLimitNames.ForgotPasswordPerAccount] = new(3, TimeSpan.FromMinutes(15)),
        [RateLimitNames.SignUp] = new(10, TimeSpan.FromHours(1)),
        [RateLimitNames.Invitation] = new(20, TimeSpan.FromMinutes(15)),
        [RateLimitNames.Verify] = new(20, TimeSpan.FromMinutes(5)),
        [RateLimitNames.CalendarFeed] = new(120, TimeSpan.FromMinutes(5)),
    };

    public Dictionary<string, RateLimit> Limits { get; } = new(Defaults);

    public static RateLimitOptions From(IConfiguration configuration)
    {
        var options = new RateLimitOptions();
        foreach (var (name, fallback) in Defaults)
        {
            var section = configuration.GetSection($"{Section}:{name}");
            options.Limits[name] = new RateLimit(section.GetValue("PermitLimit", fallback.PermitLimit), section.GetValue("Window", fallback.Window));
        }
        return options;
    }
}

internal static class RateLimitNames
{
    public const string SignIn = "SignIn";
    public const string SignInPerAccount = "SignInPerAccount";
    public const string ForgotPassword = "ForgotPassword";
    public const string ForgotPasswordPerAccount = "ForgotPasswordPerAccount";
    public const string SignUp = "SignUp";
    public const string Invitation = "Invitation";
    public const string Verify = "Verify";
    public const string CalendarFeed = "CalendarFeed";
}
