using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Shell;

// Base of the pages that call use cases. A circuit lives for minutes: each call gets its own DI
// scope (a fresh DbContext), and the Actor speaks the language the page is shown in.
public abstract class PortalComponent : ComponentBase
{
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = default!;
    [Inject] IServiceScopeFactory Scopes { get; set; } = default!;

    protected static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar" ? "ar" : "en";

    protected async Task<Actor?> ActorAsync()
    {
        var user = (await AuthenticationState).User;
        await using var scope = Scopes.CreateAsyncScope();
        var actor = await scope.ServiceProvider.GetRequiredService<Actors>().GetAsync(user);
        return actor is null ? null : actor with { Language = Language };
    }

    // The requester as the use cases see them: the legal team's "preview as the client sees it".
    protected async Task<Actor?> ActorOfAsync(Guid userId)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var actor = await scope.ServiceProvider.GetRequiredService<Actors>().ForUserAsync(userId);
        return actor is null ? null : actor with { Language = Language };
    }

    // The legal team's active members, for the assignee picker (the assignment use case checks again).
    protected async Task<IReadOnlyList<(Guid Id, string Name)>> LegalTeamAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var members = (await users.GetUsersInRoleAsync(Roles.LegalTeam)).Concat(await users.GetUsersInRoleAsync(Roles.Admin));
        return members.Where(u => u.IsActive).DistinctBy(u => u.Id).OrderBy(u => u.DisplayName).Select(u => (u.Id, u.DisplayName)).ToList();
    }

    protected async Task<TResult> UseScopeAsync<TResult>(Func<IServiceProvider, Task<TResult>> work)
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    protected async Task<TResult> UseAsync<TService, TResult>(Func<TService, Task<TResult>> work) where TService : notnull
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
