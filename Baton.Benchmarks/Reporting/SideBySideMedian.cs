namespace Baton.Benchmarks.Reporting;

/// <summary>
/// Several side-by-side passes as one table: each figure is the median of its own column over the passes, so one row
/// may take its figures from different passes, and its ratios are those of the medians.
/// </summary>
public static class SideBySideMedian
{
    public static IReadOnlyList<SideBySideLevel> Of(IReadOnlyList<IReadOnlyList<SideBySideLevel>> passes) =>
        [.. passes[0].Select((level, index) =>
        {
            var atLevel = passes.Select(pass => pass[index]).ToList();
            return new SideBySideLevel(level.Conversations, Of(atLevel.Select(each => each.Peer)), Of(atLevel.Select(each => each.Baton)));
        })];

    private static LevelFigures Of(IEnumerable<LevelFigures> figures)
    {
        var all = figures.ToList();
        return new LevelFigures(
            Count(all.Select(each => each.Sent)),
            Count(all.Select(each => each.Delivered)),
            Count(all.Select(each => each.Lost)),
            Median(all.Select(each => each.DeliveredPerSecond)),
            Median(all.Select(each => each.P50)),
            Median(all.Select(each => each.P99)),
            new CpuPerEvent(
                Median(all.Select(each => each.Cpu.Relay)),
                MedianOfMeasured(all.Select(each => each.Cpu.PostgreSql)),
                MedianOfMeasured(all.Select(each => each.Cpu.Redis))),
            Median(all.Select(each => each.PermissionP50)),
            Median(all.Select(each => each.PermissionP99)));
    }

    private static long Count(IEnumerable<long> counts) => (long)Math.Round(Median(counts.Select(count => (double)count)));

    private static double? MedianOfMeasured(IEnumerable<double?> values)
    {
        var measured = values.OfType<double>().ToList();
        return measured.Count == 0 ? null : Median(measured);
    }

    /// <summary>The median of what was measured; NaN where nothing was (no prompts asked, nothing delivered).</summary>
    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
