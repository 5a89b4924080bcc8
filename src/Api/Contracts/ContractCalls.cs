using Microsoft.AspNetCore.Components.Authorization;
using System.Globalization;
using WorkflowPortal.Api.Matters;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Contracts;

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

    // Each row's status as this person reads it, in the language the page is shown in.
    public async Task<IReadOnlyDictionary<Guid, string>> LabelsAsync(IReadOnlyList<ContractSummary> rows)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        var actor = await scope.ServiceProvider.GetRequiredService<Access.Actors>().GetAsync(state.User);
        if (actor is null || rows.Count == 0) return new Dictionary<Guid, string>();
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar" ? "ar" : "en";
        return await MatterStatusLabels.ForAsync(scope.ServiceProvider,
            rows.Select(r => new MatterStatusLabels.StatusRow(r.Id, r.RequestTypeId, r.Status)).ToList(), actor with { Language = language }, CancellationToken.None);
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
