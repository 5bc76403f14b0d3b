using Baton.Contracts.Hubs;
using Baton.Contracts.Runs;
using Baton.Tests.Bridge.Support;

namespace Baton.Tests.Bridge;

/// <summary>A run survives the bridge's connection dropping: nothing is lost, nothing counts twice.</summary>
public sealed class ReconnectTests
{
    [Fact]
    public async Task A_bridge_cut_off_mid_run_resends_what_was_not_acknowledged()
    {
        await using var host = await BridgeTestHost.StartAsync(longChunkDelayMs: 5);
        host.Recorder.AutoAck = false;

        var requestId = await host.StartRunAsync("long");
        await host.Recorder.WaitForAsync(() => host.Recorder.Run(requestId).Events.Count >= 40 ? "streaming" : null, BridgeTestHost.RunTimeout, () => host.Recorder.Run(requestId).Describe());
        var beforeDrop = host.Recorder.Run(requestId).Events.Count;
        host.Recorder.DropBridgeConnection();
        await host.Recorder.WaitForAsync(() => host.Recorder.Connects.Count >= 2 ? "reconnected" : null, TimeSpan.FromSeconds(30), () => "a second bridge:connect");
        host.Recorder.AutoAck = true;
        var log = await host.WaitForEndAsync(requestId);

        var reconnect = host.Recorder.Connects[1];
        var stillActive = Assert.Single(reconnect.ActiveRuns);
        Assert.Equal(requestId, stillActive.RequestId);
        Assert.True(stillActive.LastBridgeSeq >= beforeDrop);
        // WaitForEndAsync checked that bridgeSeq runs 1..N without a gap, ending in one terminal event.
        Assert.IsType<RunCompleted>(log.Terminal!.Payload);
        Assert.Contains(log.Events, item => log.Arrivals.Count(arrival => arrival.Seq == item.Seq) > 1);
        Assert.All(log.Arrivals.Where(arrival => arrival.Method == WireEvents.ClaudeStream), arrival =>
            Assert.Equal(arrival.Seq, ((RunLine)arrival.Payload).BridgeSeq));
    }

    [Fact]
    public async Task An_acknowledged_run_is_forgotten_and_not_listed_on_reconnect()
    {
        await using var host = await BridgeTestHost.StartAsync();

        var requestId = await host.StartRunAsync("hello");
        await host.WaitForCompletionAsync(requestId);
        host.Recorder.DropBridgeConnection();
        await host.Recorder.WaitForAsync(() => host.Recorder.Connects.Count >= 2 ? "reconnected" : null, TimeSpan.FromSeconds(30), () => "a second bridge:connect");

        Assert.Empty(host.Recorder.Connects[1].ActiveRuns);
        Assert.Equal(host.Recorder.Run(requestId).Events.Count, host.Recorder.Run(requestId).Arrivals.Count);
    }
}
