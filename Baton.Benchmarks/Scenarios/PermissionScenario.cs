using Baton.Benchmarks.Clients;
using Baton.Benchmarks.Reporting;
using Baton.Benchmarks.Stack;

namespace Baton.Benchmarks.Scenarios;

/// <summary>
/// Permission round trips, one after another: the bridge (on one API instance) asks, the
/// browser (on the other) sees the prompt and allows it, and the answer travels back to the
/// bridge through the store and Redis.
/// </summary>
public static class PermissionScenario
{
    private static readonly TimeSpan RoundTripTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(3);

    // A browser connection may make 10 calls a second: answers are paced below that, as a person's would be.
    private static readonly TimeSpan AnswerPacing = TimeSpan.FromMilliseconds(120);

    public static async Task<LatencySummary> RunAsync(BenchmarkStack stack, BenchmarkOptions options)
    {
        var account = await BenchmarkAccount.SignUpAsync(stack.Api);
        var (bridgeId, token) = await account.CreateBridgeAsync("bench-permissions");
        await using var bridge = await SimulatedBridge.ConnectAsync(stack.Api2, token);
        var conversationId = await account.CreateConversationAsync(await account.CreateProjectAsync($"bench-{Guid.NewGuid():N}", bridgeId));
        await using var browser = await SimulatedBrowser.ConnectAsync(stack.Api, account.AccessToken, new LatencyRecorder());
        await browser.JoinAsync(conversationId);
        await browser.SendAsync(conversationId, "benchmark");
        var requestId = await bridge.StartedRuns.ReadAsync().AsTask().WaitAsync(SettleTimeout);

        // The first prompt waits behind whatever an earlier phase left queued; it is not counted.
        await bridge.RequestPermissionAsync(requestId, SettleTimeout);

        var roundTrips = new LatencyRecorder();
        using var pacing = new PeriodicTimer(AnswerPacing);
        for (var index = 0; index < options.PermissionRoundTrips && await pacing.WaitForNextTickAsync(); index++)
        {
            roundTrips.Record(await bridge.RequestPermissionAsync(requestId, RoundTripTimeout));
        }

        await bridge.CompleteAsync(requestId);
        return roundTrips.Summarise();
    }
}
