using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Baton.Api.Data;

/// <summary>
/// Keeps <c>/health</c> answering 503 until <see cref="DatabaseMigrator"/> has finished. Not migrated yet is
/// a normal moment of every start, not a failure: it reports Degraded, which is logged as a warning where
/// Unhealthy is logged as an error, and which <c>/health</c> answers with 503 all the same.
/// </summary>
public sealed class DatabaseReadinessHealthCheck(DatabaseReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("The database is not migrated yet."));
}
