using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WorkflowPortal.Workflows.Persistence;

public sealed class DatabaseHealthCheck(PortalDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("database reachable")
                : HealthCheckResult.Unhealthy("database unreachable");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reason goes to the logs, not to the anonymous caller.
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
