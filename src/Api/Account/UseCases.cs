using Microsoft.AspNetCore.Components.Authorization;
using WorkflowPortal.Workflows.Access;

namespace WorkflowPortal.Api.Account;

// How an interactive page calls a use case: as the signed-in person, in a fresh scope (a circuit
// lives for minutes; a DbContext kept that long would serve stale rows).
internal sealed class UseCases(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    public async Task<T> RunAsync<TService, T>(Func<TService, Actor, Task<T>> work) where TService : notnull
    {
        var state = await authentication.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>(), Actor.FromClaims(state.User));
    }
}
