using Microsoft.AspNetCore.Http.HttpResults;
using MudBlazor.Services;

namespace WorkflowPortal.Api.Shell;

internal static class ShellSetup
{
    public static IServiceCollection AddPortalShell(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddHttpContextAccessor();
        return services;
    }

    public static void MapPortalShell(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapCalendarSwitch();
        app.MapTimeZoneSwitch();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        // An address no endpoint serves: the API's problem (written by its status-code pages),
        // a person's not-found page with a way back. Both are HTTP 404.
        app.MapFallback("{*path:nonfile}", (HttpContext http) => Problems.ProblemSetup.IsApi(http.Request)
            ? Results.NotFound()
            : new RazorComponentResult<NotFoundDocument> { StatusCode = StatusCodes.Status404NotFound })
            .ExcludeFromDescription();
    }
}
