using Baton.Benchmarks.Reporting;
using Baton.Benchmarks.Scenarios;
using Baton.Benchmarks.Stack;

namespace Baton.Benchmarks.Peer;

/// <summary>
/// The peer relay, then Baton, back to back through the same levels of the same shape, both storing
/// their events on Baton's PostgreSQL. Each system first runs one unreported level, so neither is
/// measured while it still starts up (JIT, connection pools).
/// </summary>
public static class SideBySideRun
{
    private const int WarmUpConversations = 50;
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The comparison <see cref="BenchmarkOptions.Repeat"/> times over, each pass's table printed as it ends: each
    /// figure's median over the passes, every pass's table, and Baton's levels of every pass in order.
    /// </summary>
    public static async Task<(IReadOnlyList<SideBySideLevel> Median, IReadOnlyList<IReadOnlyList<SideBySideLevel>> Passes, IReadOnlyList<RelayResult> Baton)> RunPassesAsync(
        BenchmarkStack stack, BenchmarkOptions options, string peerFolder)
    {
        using var peerCopy = await PeerCopy.InstallAsync(peerFolder);
        var passes = new List<IReadOnlyList<SideBySideLevel>>();
        var baton = new List<RelayResult>();
        for (var pass = 1; pass <= options.Repeat; pass++)
        {
            var scope = options.Repeat > 1 ? $"pass {pass} of {options.Repeat}" : null;
            if (scope is not null)
            {
                Console.WriteLine($"Side by side, {scope}:");
            }

            // Every pass but the last gets a Baton started afresh, and the last the given one, which the scenarios after
            // it go on using: so every pass starts with empty stores (the peer's table is made anew each pass too), and
            // none runs beside a Baton whose PostgreSQL still holds, and may still vacuum, an earlier pass's events.
            await using var afresh = pass == options.Repeat ? null : await BenchmarkStack.StartAsync(options);
            var (levels, batonLevels) = await RunAsync(afresh ?? stack, options, peerCopy);
            passes.Add(levels);
            baton.AddRange(batonLevels);
            if (scope is not null)
            {
                SideBySideTable.Print(Console.Out, levels, options.Instances, scope);
            }
        }

        return (SideBySideMedian.Of(passes), passes, baton);
    }

    private static async Task<(IReadOnlyList<SideBySideLevel> Levels, IReadOnlyList<RelayResult> Baton)> RunAsync(
        BenchmarkStack stack, BenchmarkOptions options, PeerCopy peerCopy)
    {
        var peer = await RunPeerAsync(stack, options, peerCopy);
        var baton = new List<RelayResult>();
        Console.WriteLine("Baton: warming up...");
        var warmUp = WarmUp(options);
        await RelayScenario.RunAsync(stack, warmUp, WarmUpLevel(options), warmUp.PermissionRoundTrips);
        await SettleAsync("Baton", stack.Processes);
        foreach (var conversations in options.ConversationLevels)
        {
            Console.WriteLine($"Baton: {conversations} conversations x {options.EventsPerSecond} events/s for {options.RelayDuration.TotalSeconds:F0} s, then {options.PermissionRoundTrips} permission round trips...");
            var result = await RelayScenario.RunAsync(stack, options, conversations, options.PermissionRoundTrips);
            baton.Add(result);
            Console.WriteLine($"  {SideBySideTable.FiguresLine(LevelFigures.From(result))}");
        }

        var levels = options.ConversationLevels.Select((conversations, index) => new SideBySideLevel(conversations, peer[index], LevelFigures.From(baton[index])));
        return ([.. levels], baton);
    }

    private static async Task<List<LevelFigures>> RunPeerAsync(BenchmarkStack stack, BenchmarkOptions options, PeerCopy peerCopy)
    {
        var database = await PeerDatabase.CreateAsync(stack.DatabaseConnectionString
            ?? throw new InvalidOperationException("The peer's database goes on Baton's PostgreSQL, whose address is not known."));
        await using var relay = await PeerRelay.StartAsync(peerCopy, database);
        // The same stores as Baton's are charged; the relay is the peer's one Node process.
        var processes = stack.Processes with { RelayRoots = [relay.ProcessId], RelayName = null };
        Console.WriteLine("Peer relay: warming up...");
        await PeerLevel.RunAsync(relay, processes, WarmUp(options), WarmUpLevel(options));
        await SettleAsync("Peer relay", processes);
        var peer = new List<LevelFigures>();
        foreach (var conversations in options.ConversationLevels)
        {
            Console.WriteLine($"Peer relay: {conversations} conversations x {options.EventsPerSecond} events/s for {options.RelayDuration.TotalSeconds:F0} s, then {options.PermissionRoundTrips} permission round trips...");
            var figures = await PeerLevel.RunAsync(relay, processes, options, conversations);
            peer.Add(figures);
            Console.WriteLine($"  {SideBySideTable.FiguresLine(figures)}");
        }

        return peer;
    }

    // Long and busy enough for .NET's tiered compiler to finish its optimised code: it keeps a core about half
    // busy for some 20 s after the API starts, and after a shorter warm-up the first level measured paid for that
    // compiling, at three times the CPU per event it costs once compiled. The permission path's methods run once a
    // prompt, and a method gets its optimised code only after some 30 calls, profiled, and 30 more: a hundred prompts
    // leave none of them half compiled.
    private const int WarmUpPermissionRoundTrips = 100;

    private static BenchmarkOptions WarmUp(BenchmarkOptions options) => options with
    {
        RelayDuration = TimeSpan.FromSeconds(20),
        PermissionRoundTrips = options.PermissionRoundTrips == 0 ? 0 : WarmUpPermissionRoundTrips,
    };

    private static async Task SettleAsync(string system, MeasuredProcesses processes)
    {
        var waited = await processes.WaitUntilRelayIdleAsync(SettleTimeout);
        Console.WriteLine($"{system}: idle again {waited.TotalSeconds:F0} s after the warm-up");
    }

    private static int WarmUpLevel(BenchmarkOptions options) =>
        Math.Min(Math.Max(options.ConversationLevels.Min(), WarmUpConversations), options.ConversationLevels.Max());
}
