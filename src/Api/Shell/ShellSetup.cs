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
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
