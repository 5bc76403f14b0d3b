using Baton.Bridge;
using Baton.Contracts.Bridges;
using Baton.Contracts.Errors;
using Baton.Tests.Bridge.Support;
using Microsoft.Extensions.Options;

namespace Baton.Tests.Bridge;

/// <summary>What the bridge says about itself, and how it refuses to start or to run without what it needs.</summary>
public sealed class BridgeStartupTests
{
    [Fact]
    public async Task Bridge_connect_and_health_say_who_the_bridge_is_and_what_it_can_do()
    {
        await using var host = await BridgeTestHost.StartAsync(["--Claude:Demo=true"]);
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout);

        var connect = Assert.Single(host.Recorder.Connects);
        var health = await host.Bridge.GetStatus(new BridgeStatusRequest(host.ProjectRoot), timeout.Token);

        Assert.Equal("test-bridge", connect.Name);
        Assert.Equal("2.1.328", connect.CliVersion);
        Assert.Equal([host.WorkspaceRoot], connect.WorkspaceRoots);
        Assert.Empty(connect.ActiveRuns);
        Assert.False(string.IsNullOrEmpty(connect.Version));
        Assert.Equal(new BridgeStatus("test-bridge", true, "2.1.328", null, true, false, 0, health.UptimeSeconds), health with { Models = null });
    }

    [Fact]
    public async Task Health_offers_the_models_the_cli_lists()
    {
        await using var host = await BridgeTestHost.StartAsync(["--Claude:Demo=true"]);
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout);

        var health = await host.Bridge.GetStatus(new BridgeStatusRequest(host.ProjectRoot), timeout.Token);

        Assert.NotNull(health.Models);
        Assert.Contains(health.Models, model => model.Value == "sonnet" && model.DisplayName == "Sonnet");
        Assert.Contains(health.Models, model => model.Value == "haiku");
        // Choosing no model is the CLI's default: it is not listed as a model of its own.
        Assert.DoesNotContain(health.Models, model => model.Value == "default");
    }

    [Fact]
    public async Task Bridge_connects_by_websocket_without_negotiating_so_api_replicas_need_no_affinity()
    {
        await using var host = await BridgeTestHost.StartAsync(["--Claude:Demo=true"]);

        Assert.Single(host.Recorder.Connects);
        Assert.Equal(0, host.Api.RefusedNegotiations);
    }

    [Fact]
    public async Task A_missing_cli_is_reported_and_runs_are_refused_with_cli_not_found()
    {
        await using var host = await BridgeTestHost.StartAsync(["--Claude:CliPath=/nonexistent/claude"]);
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout);

        var health = await host.Bridge.GetStatus(new BridgeStatusRequest(host.ProjectRoot), timeout.Token);
        var refusal = await host.Bridge.Execute(host.NewRun("hello"), timeout.Token);

        Assert.False(health.CliFound);
        Assert.Contains("npm install", health.InstallHint);
        Assert.Equal(ErrorCodes.CliNotFound, refusal.Code);
    }

    [Fact]
    public async Task The_bridge_does_not_start_without_a_token()
    {
        var app = BridgeApp.Create(["--urls=http://127.0.0.1:0", "--Bridge:ApiUrl=http://127.0.0.1:9", "--Bridge:WorkspaceRoots:0=/tmp"]);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        await app.DisposeAsync();

        Assert.Contains("Bridge:Token", failure.Message);
    }
}
