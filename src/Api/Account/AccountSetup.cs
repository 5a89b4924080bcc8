using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Api.Account;

internal static class AccountSetup
{
    public const string LegalTeamPolicy = "LegalTeam";
    public const string AdminPolicy = "Admin";
    public const string PortalPolicy = "Portal";
    const string SchemeSelector = "CookieOrBearer";

    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddIdentity<PortalUser, PortalRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 10;
                // Links we email (invitation, reset, confirmation) expire by the injected clock.
                o.Tokens.PasswordResetTokenProvider = TimedTokenProvider.Name;
                o.Tokens.EmailConfirmationTokenProvider = TimedTokenProvider.Name;
            })
            .AddEntityFrameworkStores<PortalDb>()
            .AddUserManager<PortalUserManager>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaims>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<TimedTokenProvider>(TimedTokenProvider.Name);
        services.AddOptions<IdentityOptions>().Configure<AccountOptions>((o, account) =>
        {
            o.Lockout.MaxFailedAccessAttempts = account.LockoutAttempts;
            o.Lockout.DefaultLockoutTimeSpan = account.LockoutDuration;
        });

        // One default scheme: a bearer header means the API token, anything else the UI cookie.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SchemeSelector;
                o.DefaultAuthenticateScheme = SchemeSelector;
                o.DefaultChallengeScheme = SchemeSelector;
                o.DefaultForbidScheme = SchemeSelector;
            })
            .AddPolicyScheme(SchemeSelector, "Cookie or bearer", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".WorkflowPortal.Session";
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // An API caller gets a status code, never an HTML redirect to the sign-in page.
            o.Events.OnRedirectToLogin = c => StatusOrRedirect(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => StatusOrRedirect(c, StatusCodes.Status403Forbidden);
            // The person's own language wins after signing in, on any device, over the browser's.
            o.Events.OnSigningIn = async c =>
            {
                var users = c.HttpContext.RequestServices.GetRequiredService<UserManager<PortalUser>>();
                if (c.Principal is { } principal && await users.GetUserAsync(principal) is { } user)
                {
                    Localization.LanguageCookie.Write(c.HttpContext.Response, user.Language);
                    Shell.CalendarChoice.WriteZone(c.HttpContext.Response, user.TimeZone);
                }
            };
        });
        // SessionCheck reads the stamp (cheaply) on every request; Identity's own validator, which
        // loads the whole user, only refreshes the cookie's claims now and then.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(30));

        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin))
            .AddPolicy(LegalTeamPolicy, p => p.RequireRole(Roles.Admin, Roles.LegalTeam))
            .AddPolicy(PortalPolicy, p => p.RequireRole(Roles.Client, Roles.Collaborator));
        services.AddCascadingAuthenticationState();
        services.AddScoped<UseCases>();
        services.AddScoped<AuthenticationStateProvider, RevalidatingStateProvider>();
        return services;
    }

    static Task StatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (Problems.ProblemSetup.IsApi(context.Request))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
