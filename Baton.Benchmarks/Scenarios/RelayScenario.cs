using System.Diagnostics;
using Baton.Benchmarks.Clients;
using Baton.Benchmarks.Reporting;
using Baton.Benchmarks.Stack;

namespace Baton.Benchmarks.Scenarios;

public sealed record RelayResult(
    int Conversations,
    int TargetEventsPerSecond,
    long Sent,
    long Delivered,
    double DeliveredPerSecond,
    double GeneratorSendsPerSecond,
    LatencySummary Latency,
    CpuPerEvent Cpu,
    LatencySummary? PermissionRoundTrip);

/// <summary>
/// N conversations stream at once: simulated bridges on one API instance send timestamped
/// deltas at a set rate, simulated browsers on the other (or the same, with one instance) receive
/// them after they are stored. CPU is charged over the streaming window only, first send to last
/// delivery, which starts once the API is done setting the level up. Optionally the level ends with
/// permission round trips, one at a time, over its runs.
/// </summary>
public static class RelayScenario
{
    // An overloaded level leaves a backlog: the next level starts only once it is delivered (or counted lost).
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RoundTripTimeout = TimeSpan.FromSeconds(10);

    // Each tab joined its conversation and sent the run's message before it answers anything.
    private const int CallsBeforeAnswers = 2;

    // How often the level looks whether its last events arrived: as often as the peer's generator does.
    private static readonly TimeSpan DeliveryPoll = TimeSpan.FromMilliseconds(20);

    // Setting a level up (an account, its bridges, conversations and runs, and the runs' first lines, each stored in a
    // transaction of its own) keeps the API busy for a second or two after the last call returns: the streaming window
    // starts once that is done, so it is charged with streaming only.
    private static readonly TimeSpan SetUpSettleTimeout = TimeSpan.FromSeconds(30);

    public static async Task<RelayResult> RunAsync(BenchmarkStack stack, BenchmarkOptions options, int conversations, int permissionRoundTrips)
    {
        var account = await BenchmarkAccount.SignUpAsync(stack.Api);
        var latency = new LatencyRecorder();
        var bridges = new List<(SimulatedBridge Bridge, Guid ProjectId)>();
        var browsers = new List<SimulatedBrowser>();
        try
        {
            var bridgeCount = options.BridgeConnections ?? (conversations + options.RunsPerBridge - 1) / options.RunsPerBridge;
            for (var index = 0; index < bridgeCount; index++)
            {
                var (bridgeId, token) = await account.CreateBridgeAsync($"bench-bridge-{index}");
                var bridge = await SimulatedBridge.ConnectAsync(stack.Api2, token);
                bridges.Add((bridge, await account.CreateProjectAsync($"bench-{Guid.NewGuid():N}", bridgeId)));
            }

            // Conversations go round the bridges, one browser connection each.
            var runs = new List<(SimulatedBridge Bridge, Guid RequestId)>();
            for (var index = 0; index < conversations; index++)
            {
                var (bridge, projectId) = bridges[index % bridgeCount];
                var conversationId = await account.CreateConversationAsync(projectId);
                var browser = await SimulatedBrowser.ConnectAsync(stack.Api, account.AccessToken, latency);
                browsers.Add(browser);
                await browser.JoinAsync(conversationId);
                await browser.SendAsync(conversationId, "benchmark");
                runs.Add((bridge, await bridge.StartedRuns.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30))));
            }

            foreach (var (bridge, requestId) in runs)
            {
                await bridge.SendLineAsync(requestId, CliLines.MessageStart($"msg_{requestId:N}"));
                await bridge.SendLineAsync(requestId, CliLines.TextBlockStart());
            }

            await stack.Processes.WaitUntilRelayIdleAsync(SetUpSettleTimeout);
            var before = stack.Processes.Sample();
            var streaming = Stopwatch.StartNew();
            var sent = await StreamAsync(runs, options);
            await WaitForDeliveryAsync(browsers, sent);
            var lastDelivered = streaming.Elapsed;
            var after = stack.Processes.Sample();
            var delivered = browsers.Sum(browser => browser.Delivered);
            var roundTrips = permissionRoundTrips > 0 ? await RequestPermissionsAsync(runs, permissionRoundTrips) : null;

            foreach (var (bridge, requestId) in runs)
            {
                await bridge.SendLineAsync(requestId, CliLines.BlockStop());
                await bridge.CompleteAsync(requestId);
            }

            return new RelayResult(
                conversations,
                options.EventsPerSecond,
                sent.Count,
                delivered,
                // Over the time until the last event arrived: an overloaded level delivers long after it stopped sending.
                delivered / lastDelivered.TotalSeconds,
                sent.Count / sent.Elapsed.TotalSeconds,
                latency.Summarise(),
                after.PerEventSince(before, delivered),
                roundTrips);
        }
        finally
        {
            await Task.WhenAll(browsers.Select(browser => browser.DisposeAsync().AsTask()));
            await Task.WhenAll(bridges.Select(bridge => bridge.Bridge.DisposeAsync().AsTask()));
        }
    }

    /// <summary>
    /// Prompts one after another, going round the runs, as the peer's generator does; each is timed from the bridge's ask
    /// to the answer back at it. A prompt waits only when its tab's answer would be over the API's call limit.
    /// </summary>
    private static async Task<LatencySummary> RequestPermissionsAsync(List<(SimulatedBridge Bridge, Guid RequestId)> runs, int count)
    {
        var roundTrips = new LatencyRecorder();
        var allowances = runs.Select(_ => new TabCallAllowance(CallsBeforeAnswers)).ToList();
        for (var index = 0; index < count; index++)
        {
            var (bridge, requestId) = runs[index % runs.Count];
            await allowances[index % runs.Count].TakeAsync();
            roundTrips.Record(await bridge.RequestPermissionAsync(requestId, RoundTripTimeout));
        }

        return roundTrips.Summarise();
    }

    /// <summary>
    /// One delta per run per tick, rate x duration ticks, so every level sends the same count (as the
    /// peer's generator does). A tick that takes longer than its period stretches the level and shows
    /// the generator is the limit.
    /// </summary>
    private static async Task<SentEvents> StreamAsync(List<(SimulatedBridge Bridge, Guid RequestId)> runs, BenchmarkOptions options)
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / options.EventsPerSecond));
        var tickCount = (int)Math.Round(options.EventsPerSecond * options.RelayDuration.TotalSeconds);
        var started = Stopwatch.GetTimestamp();
        long sent = 0;
        for (var tick = 0; tick < tickCount && await ticks.WaitForNextTickAsync(); tick++)
        {
            await Task.WhenAll(runs.Select(run => run.Bridge.SendLineAsync(run.RequestId, CliLines.TimestampedDelta())));
            sent += runs.Count;
        }

        return new SentEvents(sent, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Lets the last events arrive (bounded): what is still missing after that counts as lost.</summary>
    private static async Task WaitForDeliveryAsync(List<SimulatedBrowser> browsers, SentEvents sent)
    {
        using var poll = new PeriodicTimer(DeliveryPoll);
        var started = Stopwatch.GetTimestamp();
        while (browsers.Sum(browser => browser.Delivered) < sent.Count && Stopwatch.GetElapsedTime(started) < DrainTimeout)
        {
            await poll.WaitForNextTickAsync();
        }
    }

    private sealed record SentEvents(long Count, TimeSpan Elapsed);
}
