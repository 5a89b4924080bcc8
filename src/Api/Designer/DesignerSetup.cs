namespace WorkflowPortal.Api.Designer;

internal static class DesignerSetup
{
    public static IServiceCollection AddDesigner(this IServiceCollection services) =>
        services.AddScoped<DesignerSession>();
}
