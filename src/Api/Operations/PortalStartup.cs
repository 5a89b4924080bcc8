using WorkflowPortal.Workflows.Demo;

namespace WorkflowPortal.Api.Operations;

internal static class PortalStartup
{
    // Migrates and seeds before the first request is accepted.
    public static async Task PreparePortalAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }
}
