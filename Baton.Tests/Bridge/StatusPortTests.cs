using System.Net;
using Baton.Bridge;
using Baton.Tests.Bridge.Support;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Bridge;

/// <summary>A bridge started by hand dials out and opens no port, unless asked for a status port.</summary>
public sealed class StatusPortTests
{
    private static readonly string[] BridgeSettings = ["--Bridge:ApiUrl=http://127.0.0.1:9", "--Bridge:Token=bridge-token", "--Bridge:WorkspaceRoots:0=/tmp"];

    [Fact]
    public async Task A_bridge_started_without_a_status_port_listens_on_no_port()
    {
        await using var app = BridgeApp.Create(BridgeSettings);

        await app.StartAsync().WaitAsync(BridgeTestHost.CallTimeout);

        Assert.Empty(app.Urls);
        await app.StopAsync().WaitAsync(BridgeTestHost.CallTimeout);
    }

    [Fact]
    public async Task The_status_port_option_serves_health_on_loopback_at_that_port()
    {
        var port = LoopbackPorts.Free();
        await using var app = BridgeApp.Create([.. BridgeSettings, "--status-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await app.StartAsync().WaitAsync(BridgeTestHost.CallTimeout);
        using var client = new HttpClient { Timeout = BridgeTestHost.CallTimeout };

        using var health = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/health"));

        Assert.NotEqual(HttpStatusCode.NotFound, health.StatusCode);
        Assert.Equal([$"http://localhost:{port}"], app.Urls);
        await app.StopAsync().WaitAsync(BridgeTestHost.CallTimeout);
    }
}
