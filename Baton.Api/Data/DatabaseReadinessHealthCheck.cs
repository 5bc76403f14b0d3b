using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Baton.Api.Data;

/// <summary>Keeps <c>/health</c> unhealthy until <see cref="DatabaseMigrator"/> has finished.</summary>
public sealed class DatabaseReadinessHealthCheck(DatabaseReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database is not migrated yet."));
}
