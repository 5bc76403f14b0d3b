using Baton.Benchmarks;
using Baton.Benchmarks.Reporting;

namespace Baton.Tests.Benchmarks;

/// <summary>
/// <c>--repeat</c>: the side-by-side table of several passes shows each figure's median over them, leaving out what a
/// pass did not measure, and the option is refused where there is nothing to repeat.
/// </summary>
public sealed class SideBySideMedianTests
{
    [Fact]
    public void Each_figure_is_the_median_of_its_column_over_the_passes()
    {
        IReadOnlyList<IReadOnlyList<SideBySideLevel>> passes =
        [
            [Level(5, peerP50: 3.0, batonP50: 9.0, batonPermission: 2.0, postgreSql: 40), Level(50, peerP50: 5.0, batonP50: 6.0, batonPermission: 4.0, postgreSql: null)],
            [Level(5, peerP50: 1.0, batonP50: 2.0, batonPermission: double.NaN, postgreSql: 10), Level(50, peerP50: 7.0, batonP50: 4.0, batonPermission: 3.0, postgreSql: null)],
            [Level(5, peerP50: 2.0, batonP50: 5.0, batonPermission: 6.0, postgreSql: 20), Level(50, peerP50: 6.0, batonP50: 8.0, batonPermission: 5.0, postgreSql: null)],
        ];

        var median = SideBySideMedian.Of(passes);

        Assert.Equal([5, 50], median.Select(level => level.Conversations));
        var (near, busy) = (median[0], median[1]);
        Assert.Equal(2.0, near.Peer.P50);
        Assert.Equal(5.0, near.Baton.P50);
        Assert.Equal(2.5, near.P50Ratio);
        // The pass that asked no prompts leaves two: their mean is the median.
        Assert.Equal(4.0, near.Baton.PermissionP50);
        Assert.Equal(20.0, near.Baton.Cpu.PostgreSql);
        Assert.Equal(6.0, busy.Peer.P50);
        Assert.Equal(6.0, busy.Baton.P50);
        Assert.Equal(4.0, busy.Baton.PermissionP50);
        Assert.Null(busy.Baton.Cpu.PostgreSql);
    }

    [Fact]
    public void One_pass_is_its_own_median()
    {
        IReadOnlyList<SideBySideLevel> pass = [Level(50, peerP50: 5.0, batonP50: 6.0, batonPermission: 4.0, postgreSql: 30)];

        Assert.Equal(pass, SideBySideMedian.Of([pass]));
    }

    [Theory]
    [InlineData("--repeat", "3")]
    [InlineData("--peer", ".", "--repeat", "0")]
    public void A_repeat_without_a_comparison_or_below_one_is_refused(params string[] args)
    {
        var error = Assert.Throws<ArgumentException>(() => BenchmarkOptions.Parse(args));

        Assert.Contains("--repeat", error.Message);
    }

    private static SideBySideLevel Level(int conversations, double peerP50, double batonP50, double batonPermission, double? postgreSql) => new(
        conversations,
        new LevelFigures(1000, 1000, 0, 250, peerP50, peerP50 * 3, new CpuPerEvent(60, postgreSql, 1), 0.2, 1.5),
        new LevelFigures(1000, 1000, 0, 250, batonP50, batonP50 * 3, new CpuPerEvent(55, postgreSql, 0), batonPermission, batonPermission * 3));
}
