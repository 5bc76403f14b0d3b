using Baton.Tests.Infrastructure;

namespace Baton.Tests.Foundation;

/// <summary>
/// The tests run Baton without its dashboard, so nothing receives telemetry: a service told to export it anyway
/// retries every export and, when stopped, waits out its last one past the orchestrator's stop timeout.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TelemetryExportTests(ApiFixture app)
{
    [Theory]
    [InlineData("api")]
    [InlineData("api2")]
    public void Without_the_dashboard_a_service_is_given_no_telemetry_endpoint(string resourceName)
    {
        Assert.True(app.App.ResourceNotifications.TryGetCurrentState(resourceName, out var resource));
        var variables = resource.Snapshot.EnvironmentVariables.Select(variable => variable.Name).ToList();

        Assert.Contains("OTEL_SERVICE_NAME", variables);
        Assert.DoesNotContain("OTEL_EXPORTER_OTLP_ENDPOINT", variables);
    }
}
