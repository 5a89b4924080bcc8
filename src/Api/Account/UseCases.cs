using System.Globalization;
using Microsoft.AspNetCore.Components.Authorization;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Workflows.Access;

namespace WorkflowPortal.Api.Account;

// How an interactive page calls a use case: as the signed-in person, in a fresh scope (a circuit
// lives for minutes; a DbContext kept that long would serve stale rows). The person is read from
// the database as the API reads them (roles, organization and its sharing setting, department),
// speaking the page's language; someone deactivated since signing in asks as nobody.
internal sealed class UseCases(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    public async Task<T> RunAsync<TService, T>(Func<TService, Actor, Task<T>> work) where TService : notnull
    {
        var state = await authentication.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar" ? "ar" : "en";
        var actor = await scope.ServiceProvider.GetRequiredService<Actors>().GetAsync(state.User) is { } known
            ? known with { Language = language }
            : Nobody with { Language = language };
        return await work(scope.ServiceProvider.GetRequiredService<TService>(), actor);
    }

    static readonly Actor Nobody = new(Guid.Empty, "", new HashSet<string>(), null, null, "en");
}
