using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Account;

// A live circuit re-checks its person every few seconds (SessionStamps makes that cheap): a
// sign-out elsewhere, a deactivation or a password change ends it.
internal sealed class RevalidatingStateProvider(ILoggerFactory loggers, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(10);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var claims = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        return Guid.TryParse(state.User.FindFirst(claims.UserIdClaimType)?.Value, out var userId)
            && await scope.ServiceProvider.GetRequiredService<SessionStamps>()
                .IsCurrentAsync(userId, state.User.FindFirst(claims.SecurityStampClaimType)?.Value, ct);
    }
}
