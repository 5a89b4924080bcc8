using Microsoft.AspNetCore.Components.Authorization;
using WorkflowPortal.Workflows.Access;

namespace WorkflowPortal.Api.Contracts;

// How the contract pages call a use case: as the signed-in person, each call in a fresh scope
// (a circuit lives for minutes; a DbContext kept that long would serve stale rows).
internal sealed class ContractCalls(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    public async Task<T> RunAsync<TService, T>(Func<TService, Actor, Task<T>> work) where TService : notnull
    {
        var state = await authentication.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        var actor = await scope.ServiceProvider.GetRequiredService<Access.Actors>().GetAsync(state.User)
            ?? throw new InvalidOperationException("The page is authorized, so the person exists.");
        return await work(scope.ServiceProvider.GetRequiredService<TService>(), actor);
    }

    public async Task<Actor?> ActorAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Access.Actors>().GetAsync(state.User);
    }
}

internal static class ContractPagesSetup
{
    public static IServiceCollection AddContractPages(this IServiceCollection services) => services.AddScoped<ContractCalls>();
}
