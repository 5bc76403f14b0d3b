using System.Net;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Baton.Tests.Infrastructure;
using Npgsql;

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
        await app.ExecuteResourceCommandAsync(store, KnownResourceCommands.StopCommand);
        await app.WaitForHealthAnswerAsync("api", HttpStatusCode.ServiceUnavailable, HealthChangeTimeout);

        await app.ExecuteResourceCommandAsync(store, KnownResourceCommands.StartCommand);
        // Connections this process pooled to the stopped server (the orchestrator's own probe of it among them) died with it.
        NpgsqlConnection.ClearAllPools();
        await app.WaitForHealthAnswerAsync("api", HttpStatusCode.OK, HealthChangeTimeout);
        await app.WaitForHealthStatusAsync("api", HealthStatus.Healthy, HealthChangeTimeout);
    }
}
