using System.Globalization;

namespace Baton.Benchmarks.Reporting;

/// <summary>The peer relay and Baton level by level in one table, Baton's figures over the peer's beside each pair.</summary>
public static class SideBySideTable
{
    private const string Header =
        "conversations | p50 ms peer / Baton     | p99 ms peer / Baton     | delivered ev/s peer / Baton | lost peer / Baton | " +
        "relay CPU us/event peer / Baton | PostgreSQL us/event peer / Baton | Redis us/event peer / Baton | " +
        "permission p50 ms peer / Baton | permission p99 ms peer / Baton";

    /// <summary>The table, headed by which pass it shows or that it shows the passes' medians (<paramref name="scope"/>; null for a single pass).</summary>
    public static void Print(TextWriter output, IReadOnlyList<SideBySideLevel> levels, int instances, string? scope)
    {
        output.WriteLine();
        output.WriteLine($"Side by side{(scope is null ? "" : $" ({scope})")}: the peer relay (Node + Socket.IO), then Baton ({(instances == 1 ? "one API instance, bridges and browsers on it" : "two API instances, bridges on one, browsers on the other")}),");
        output.WriteLine("both storing every event in Baton's PostgreSQL before delivering it. CPU per delivered event is each process's over the");
        output.WriteLine("streaming window (first send to last delivery); PostgreSQL and Redis are charged to whichever system ran. Ratios: Baton / peer.");
        // Each generator keeps its own patience, so an overloaded level can show loss for the peer where Baton shows a long tail.
        output.WriteLine("Lost: not delivered when the generator stopped waiting (the peer's 10 s after its last send, Baton's 3 minutes).");
        output.WriteLine(Header);
        foreach (var level in levels)
        {
            var (peer, baton) = (level.Peer, level.Baton);
            output.WriteLine(string.Join(" | ",
                $"{level.Conversations,13}",
                Pair(peer.P50, baton.P50, "F2", level.P50Ratio, 23),
                Pair(peer.P99, baton.P99, "F2", level.P99Ratio, 23),
                Pair(peer.DeliveredPerSecond, baton.DeliveredPerSecond, "F0", level.ThroughputRatio, 27),
                Pair(peer.Lost, baton.Lost, "F0", null, 17),
                Pair(peer.Cpu.Relay, baton.Cpu.Relay, "F0", level.RelayCpuRatio, 31),
                Pair(peer.Cpu.PostgreSql, baton.Cpu.PostgreSql, "F0", null, 32),
                Pair(peer.Cpu.Redis, baton.Cpu.Redis, "F0", null, 27),
                Pair(peer.PermissionP50, baton.PermissionP50, "F2", level.PermissionP50Ratio, 30),
                Pair(peer.PermissionP99, baton.PermissionP99, "F2", level.PermissionP99Ratio, 30)));
        }
    }

    /// <summary>One system's figures at one level, printed as it is measured.</summary>
    public static string FiguresLine(LevelFigures figures) =>
        $"p50 {figures.P50:F2} ms, p99 {figures.P99:F2} ms, {figures.DeliveredPerSecond:F0} events/s delivered ({figures.Lost} lost); " +
        $"CPU per event: relay {figures.Cpu.Relay:F0} us, PostgreSQL {Number(figures.Cpu.PostgreSql, "F0")} us, Redis {Number(figures.Cpu.Redis, "F0")} us; " +
        $"permission round trip p50 {figures.PermissionP50:F2} ms, p99 {figures.PermissionP99:F2} ms";

    private static string Pair(double? peer, double? baton, string format, double? ratio, int width)
    {
        var pair = $"{Number(peer, format)} / {Number(baton, format)}";
        return (ratio is { } times && double.IsFinite(times) ? $"{pair} ({times:F1}x)" : pair).PadLeft(width);
    }

    private static string Number(double? value, string format) =>
        value is { } number && double.IsFinite(number) ? number.ToString(format, CultureInfo.InvariantCulture) : "-";
}
