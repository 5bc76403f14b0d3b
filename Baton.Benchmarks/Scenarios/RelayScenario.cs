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
    double ApiCpuMicrosecondsPerEvent);

/// <summary>
/// N conversations stream at once: simulated bridges on one API instance send timestamped
/// deltas at a set rate, simulated browsers on the other receive them after they are stored.
/// </summary>
public static class RelayScenario
{
    // An overloaded level leaves a backlog: the next level starts only once it is delivered (or counted lost).
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(3);

    public static async Task<RelayResult> RunAsync(BenchmarkStack stack, BenchmarkOptions options, int conversations)
    {
        var account = await BenchmarkAccount.SignUpAsync(stack.Api);
        var latency = new LatencyRecorder();
        var bridges = new List<SimulatedBridge>();
        var browsers = new List<SimulatedBrowser>();
        try
        {
            var runs = new List<(SimulatedBridge Bridge, Guid RequestId)>();
            for (var first = 0; first < conversations; first += options.RunsPerBridge)
            {
                var (bridgeId, token) = await account.CreateBridgeAsync($"bench-bridge-{first}");
                var bridge = await SimulatedBridge.ConnectAsync(stack.Api2, token);
                bridges.Add(bridge);
                var projectId = await account.CreateProjectAsync($"bench-{Guid.NewGuid():N}", bridgeId);
                var count = Math.Min(options.RunsPerBridge, conversations - first);
                for (var index = 0; index < count; index++)
                {
                    var conversationId = await account.CreateConversationAsync(projectId);
                    var browser = await SimulatedBrowser.ConnectAsync(stack.Api, account.AccessToken, latency);
                    browsers.Add(browser);
                    await browser.JoinAsync(conversationId);
                    await browser.SendAsync(conversationId, "benchmark");
                    var requestId = await bridge.StartedRuns.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
                    runs.Add((bridge, requestId));
                }
            }

            foreach (var (bridge, requestId) in runs)
            {
                await bridge.SendLineAsync(requestId, CliLines.MessageStart($"msg_{requestId:N}"));
                await bridge.SendLineAsync(requestId, CliLines.TextBlockStart());
            }

            var before = ApiProcessSample.Take();
            var streaming = Stopwatch.StartNew();
            var sent = await StreamAsync(runs, options);
            await WaitForDeliveryAsync(browsers, sent);
            var lastDelivered = streaming.Elapsed;
            var after = ApiProcessSample.Take();

            foreach (var (bridge, requestId) in runs)
            {
                await bridge.SendLineAsync(requestId, CliLines.BlockStop());
                await bridge.CompleteAsync(requestId);
            }

            var delivered = browsers.Sum(browser => browser.Delivered);
            return new RelayResult(
                conversations,
                options.EventsPerSecond,
                sent.Count,
                delivered,
                // Over the time until the last event arrived: an overloaded level delivers long after it stopped sending.
                delivered / lastDelivered.TotalSeconds,
                sent.Count / sent.Elapsed.TotalSeconds,
                latency.Summarise(),
                delivered == 0 ? 0 : (after.CpuTime - before.CpuTime).TotalMicroseconds / delivered);
        }
        finally
        {
            await Task.WhenAll(browsers.Select(browser => browser.DisposeAsync().AsTask()));
            await Task.WhenAll(bridges.Select(bridge => bridge.DisposeAsync().AsTask()));
        }
    }

    /// <summary>One delta per run per tick. A tick that takes longer than its period shows the generator is the limit.</summary>
    private static async Task<SentEvents> StreamAsync(List<(SimulatedBridge Bridge, Guid RequestId)> runs, BenchmarkOptions options)
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / options.EventsPerSecond));
        var started = Stopwatch.GetTimestamp();
        long sent = 0;
        while (Stopwatch.GetElapsedTime(started) < options.RelayDuration && await ticks.WaitForNextTickAsync())
        {
            await Task.WhenAll(runs.Select(run => run.Bridge.SendLineAsync(run.RequestId, CliLines.TimestampedDelta())));
            sent += runs.Count;
        }

        return new SentEvents(sent, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Lets the last events arrive (bounded): what is still missing after that counts as lost.</summary>
    private static async Task WaitForDeliveryAsync(List<SimulatedBrowser> browsers, SentEvents sent)
    {
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        var started = Stopwatch.GetTimestamp();
        while (browsers.Sum(browser => browser.Delivered) < sent.Count && Stopwatch.GetElapsedTime(started) < DrainTimeout)
        {
            await poll.WaitForNextTickAsync();
        }
    }

    private sealed record SentEvents(long Count, TimeSpan Elapsed);
}
