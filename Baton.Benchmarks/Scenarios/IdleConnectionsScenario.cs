using Baton.Benchmarks.Clients;
using Baton.Benchmarks.Reporting;
using Baton.Benchmarks.Stack;

namespace Baton.Benchmarks.Scenarios;

/// <summary>
/// The working set of the API instance holding the connections (the largest API process) with them
/// open, and how much the API processes grew while they connected.
/// </summary>
public sealed record IdleConnectionsResult(int Connections, long HoldingInstanceWorkingSetBytes, long ApiWorkingSetGrowthBytes, double BytesPerConnection);

/// <summary>Many signed-in browser tabs doing nothing: what each costs the API in memory.</summary>
public static class IdleConnectionsScenario
{
    private const int ConnectAtOnce = 50;

    public static async Task<IdleConnectionsResult> RunAsync(BenchmarkStack stack, int connections)
    {
        var account = await BenchmarkAccount.SignUpAsync(stack.Api);
        var browsers = new List<SimulatedBrowser>(connections);
        var before = ApiProcessSample.Take(stack);
        try
        {
            while (browsers.Count < connections)
            {
                var batch = Math.Min(ConnectAtOnce, connections - browsers.Count);
                browsers.AddRange(await Task.WhenAll(Enumerable.Range(0, batch)
                    .Select(_ => SimulatedBrowser.ConnectAsync(stack.Api, account.AccessToken, relayLatency: null))));
            }

            var open = ApiProcessSample.Take(stack);
            var growth = open.WorkingSetBytes - before.WorkingSetBytes;
            return new IdleConnectionsResult(connections, open.LargestWorkingSetBytes, growth, (double)growth / connections);
        }
        finally
        {
            await Task.WhenAll(browsers.Select(browser => browser.DisposeAsync().AsTask()));
        }
    }
}
