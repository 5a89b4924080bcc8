using Microsoft.AspNetCore.Components.Authorization;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Designer;

// How the designer pages call the workflow use cases: as the signed-in person (roles read from the
// database, as for the API), in a fresh scope per call because a circuit outlives a DbContext.
internal sealed class DesignerSession(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    static readonly Error SignedOut = Error.Unauthorized("signed_out", "Sign in again.");

    public async Task<Result<T>> RunAsync<TService, T>(Func<TService, Actor, Task<Result<T>>> work) where TService : notnull
    {
        var state = await authentication.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        var actor = await scope.ServiceProvider.GetRequiredService<Actors>().GetAsync(state.User);
        return actor is null ? SignedOut : await work(scope.ServiceProvider.GetRequiredService<TService>(), actor);
    }
}
