using System.Diagnostics;

namespace Baton.Benchmarks.Reporting;

/// <summary>
/// Where a system under test does its work: the relay's own processes (Baton's API instances or the
/// peer relay), and the trees of the PostgreSQL and Redis servers it uses (null when not known, as
/// for a Baton started elsewhere). Each is charged separately, so no work hides in the stores.
/// </summary>
/// <param name="RelayRoots">Roots of the trees that hold the relay's processes.</param>
/// <param name="RelayName">Only processes of this name in those trees count (null: all of them).</param>
/// <param name="PostgreSqlRoot">The PostgreSQL server, whose tree holds its backends.</param>
/// <param name="RedisRoot">The Redis server.</param>
public sealed record MeasuredProcesses(IReadOnlyList<int> RelayRoots, string? RelayName, int? PostgreSqlRoot, int? RedisRoot)
{
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(1);

    // Below this share of one core over a window, the relay counts as idle.
    private const double IdleShare = 0.05;

    public IReadOnlyList<int> RelayPids() => RelayPids(ProcessTable.Read());

    public CpuSample Sample()
    {
        var table = ProcessTable.Read();
        return new CpuSample(
            table.CpuTime(RelayPids(table)),
            PostgreSqlRoot is { } postgres ? table.CpuTime(table.Tree(postgres)) : null,
            RedisRoot is { } redis ? table.CpuTime(table.Tree(redis)) : null);
    }

    /// <summary>
    /// Waits, at most <paramref name="timeout"/>, until the relay has been nearly idle for a second; returns how long
    /// that took. After a warm-up .NET's tiered compiler goes on optimising the code it ran for several seconds, on a
    /// thread of its own: without this wait the next level was charged a whole core of compiling.
    /// </summary>
    public async Task<TimeSpan> WaitUntilRelayIdleAsync(TimeSpan timeout)
    {
        var waiting = Stopwatch.StartNew();
        var previous = Sample().Relay;
        while (waiting.Elapsed < timeout)
        {
            await Task.Delay(IdleWindow);
            var current = Sample().Relay;
            if (current - previous < IdleWindow * IdleShare)
            {
                break;
            }

            previous = current;
        }

        return waiting.Elapsed;
    }

    private IReadOnlyList<int> RelayPids(ProcessTable table) =>
        RelayRoots.SelectMany(root => table.Tree(root, RelayName)).Distinct().ToList();
}

/// <summary>CPU used so far by a system's relay, PostgreSQL and Redis.</summary>
public sealed record CpuSample(TimeSpan Relay, TimeSpan? PostgreSql, TimeSpan? Redis)
{
    public CpuPerEvent PerEventSince(CpuSample before, long delivered) => new(
        PerEvent(Relay - before.Relay, delivered),
        PostgreSql - before.PostgreSql is { } postgres ? PerEvent(postgres, delivered) : null,
        Redis - before.Redis is { } redis ? PerEvent(redis, delivered) : null);

    private static double PerEvent(TimeSpan cpu, long delivered) => delivered == 0 ? 0 : cpu.TotalMicroseconds / delivered;
}

/// <summary>CPU microseconds per delivered event, charged to the relay, PostgreSQL and Redis.</summary>
public sealed record CpuPerEvent(double Relay, double? PostgreSql, double? Redis);
