using System.Net;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Foundation;

/// <summary>The API's health is real: it follows PostgreSQL and Redis going away and coming back.</summary>
[Collection(DisposableInfrastructureCollection.Name)]
public sealed class InfrastructureHealthTests(DisposableInfrastructureFixture app)
{
    private static readonly TimeSpan HealthChangeTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("redis")]
    [InlineData("postgres")]
    public async Task Stopping_a_store_turns_api_health_unhealthy_and_starting_it_heals_it(string store)
    {
        using var client = app.CreateHttpClient("api");

        await app.ExecuteResourceCommandAsync(store, KnownResourceCommands.StopCommand);
        await app.WaitForHealthStatusAsync("api", HealthStatus.Unhealthy, HealthChangeTimeout);
        using (var whileStopped = await client.GetAsync("/health"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, whileStopped.StatusCode);
        }

        await app.ExecuteResourceCommandAsync(store, KnownResourceCommands.StartCommand);
        await app.WaitForHealthStatusAsync("api", HealthStatus.Healthy, HealthChangeTimeout);
        using var afterRestart = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, afterRestart.StatusCode);
    }
}
