using WorkflowPortal.Workflows.Demo;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Api.Operations;

internal static class PortalStartup
{
    // Migrates and seeds before the first request is accepted, one instance at a time.
    public static async Task PreparePortalAsync(this WebApplication app)
    {
        var ct = app.Lifetime.ApplicationStopping;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        await using var startup = await StartupLock.AcquireAsync(db, TimeSpan.FromMinutes(5), ct);
        await scope.ServiceProvider.GetRequiredService<PortalSeeder>().SeedAsync(ct);
    }
}
