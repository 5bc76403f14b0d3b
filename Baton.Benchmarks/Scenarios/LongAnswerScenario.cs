using System.Diagnostics;
using Baton.Benchmarks.Clients;
using Baton.Benchmarks.Reporting;
using Baton.Benchmarks.Stack;

namespace Baton.Benchmarks.Scenarios;

/// <summary>One quarter of a long answer: its deltas' latency and what each cost the APIs.</summary>
public sealed record AnswerQuarter(LatencySummary Latency, double ApiCpuMicrosecondsPerEvent);

public sealed record LongAnswerResult(int Deltas, int TargetEventsPerSecond, long Delivered, IReadOnlyList<AnswerQuarter> Quarters)
{
    /// <summary>The last quarter's CPU per event over the first's: above 1, a delta costs more the longer the answer.</summary>
    public double CpuGrowth => Quarters[0].ApiCpuMicrosecondsPerEvent == 0 ? 0 : Quarters[^1].ApiCpuMicrosecondsPerEvent / Quarters[0].ApiCpuMicrosecondsPerEvent;
}

/// <summary>
/// One conversation streams one very long answer, one text block: does a delta cost the same at the
/// answer's end as at its start? Each quarter of the deltas gets its own latency and CPU figures.
/// </summary>
public static class LongAnswerScenario
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromMinutes(3);

    public static async Task<LongAnswerResult> RunAsync(BenchmarkStack stack, BenchmarkOptions options)
    {
        var account = await BenchmarkAccount.SignUpAsync(stack.Api);
        var latency = new LatencyRecorder();
        var (bridgeId, token) = await account.CreateBridgeAsync("bench-long-answer");
        await using var bridge = await SimulatedBridge.ConnectAsync(stack.Api2, token);
        var projectId = await account.CreateProjectAsync($"bench-{Guid.NewGuid():N}", bridgeId);
        var conversationId = await account.CreateConversationAsync(projectId);
        await using var browser = await SimulatedBrowser.ConnectAsync(stack.Api, account.AccessToken, latency);
        await browser.JoinAsync(conversationId);
        await browser.SendAsync(conversationId, "benchmark");
        var requestId = await bridge.StartedRuns.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        await bridge.SendLineAsync(requestId, CliLines.MessageStart($"msg_{requestId:N}"));
        await bridge.SendLineAsync(requestId, CliLines.TextBlockStart());

        var quarterSize = options.LongAnswerDeltas / 4;
        var quarters = new List<AnswerQuarter>(4);
        using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / options.LongAnswerRate));
        for (var quarter = 0; quarter < 4; quarter++)
        {
            var before = ApiProcessSample.Take(stack);
            for (var sent = 0; sent < quarterSize && await ticks.WaitForNextTickAsync(); sent++)
            {
                await bridge.SendLineAsync(requestId, CliLines.TimestampedDelta());
            }

            await WaitForDeliveryAsync(browser, (quarter + 1L) * quarterSize);
            var after = ApiProcessSample.Take(stack);
            quarters.Add(new AnswerQuarter(latency.SummariseFrom(quarter * quarterSize), (after.CpuTime - before.CpuTime).TotalMicroseconds / quarterSize));
        }

        await bridge.SendLineAsync(requestId, CliLines.BlockStop());
        await bridge.CompleteAsync(requestId);
        return new LongAnswerResult(quarterSize * 4, options.LongAnswerRate, browser.Delivered, quarters);
    }

    private static async Task WaitForDeliveryAsync(SimulatedBrowser browser, long expected)
    {
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        var started = Stopwatch.GetTimestamp();
        while (browser.Delivered < expected && Stopwatch.GetElapsedTime(started) < DeliveryTimeout)
        {
            await poll.WaitForNextTickAsync();
        }
    }
}
