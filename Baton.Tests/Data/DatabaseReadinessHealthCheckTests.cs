using Baton.Api.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Baton.Tests.Data;

public sealed class DatabaseReadinessHealthCheckTests
{
    [Fact]
    public async Task Health_is_degraded_until_the_migrator_marks_the_database_ready()
    {
        var readiness = new DatabaseReadiness();
        var check = new DatabaseReadinessHealthCheck(readiness);

        var before = await check.CheckHealthAsync(new HealthCheckContext());
        readiness.MarkReady();
        var after = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, before.Status);
        Assert.Equal(HealthStatus.Healthy, after.Status);
    }
}
