using System.Diagnostics;
using Baton.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Baton.Tests.Faults.Soak;

/// <summary>
/// Runs with a streaming answer and a permission prompt, each hit by one random fault, checked for loss,
/// doubles, stuck runs and leftover CLIs. The suite runs a fixed set of seeds that covers every fault;
/// <see cref="On_demand_soak"/> runs as many random runs as asked (see the README's "Test it").
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class SoakTests(FaultsFixture app, ITestOutputHelper output)
{
    /// <summary>One seed per fault kind (see <see cref="SoakPlan.FromSeed"/>), mid-run for each.</summary>
    public static readonly TheoryData<int> CiSeeds = [.. SoakSeeds.Ci];

    [Fact]
    public void The_ci_seeds_cover_every_fault() =>
        Assert.Equal(Enum.GetValues<FaultKind>().Order(), SoakSeeds.Ci.Select(seed => SoakPlan.FromSeed(seed).Fault).Distinct().Order());

    [Theory]
    [MemberData(nameof(CiSeeds))]
    public async Task A_run_hit_by_a_fault_loses_nothing_doubles_nothing_and_ends(int seed)
    {
        var result = await SoakRun.RunAsync(app, SoakPlan.FromSeed(seed));
        output.WriteLine(result.ToString());
        Assert.True(result.Problems.Count == 0, $"{result}{Environment.NewLine}{app.TailOf("api", "api2", "bridge")}");
    }

    [OnDemandSoakFact]
    public async Task On_demand_soak()
    {
        var settings = SoakSettings.FromEnvironment();
        var reportFile = RepositoryPaths.Combine("artifacts", "soak-report.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(reportFile)!);
        await File.WriteAllTextAsync(reportFile, $"Soak of {settings.Runs} runs from seed {settings.Seed}{Environment.NewLine}");
        var started = Stopwatch.GetTimestamp();
        var results = new List<SoakRunResult>();
        for (var run = 0; run < settings.Runs; run++)
        {
            var result = await SoakRun.RunAsync(app, SoakPlan.FromSeed(settings.Seed + run));
            results.Add(result);
            await File.AppendAllTextAsync(reportFile, $"{result}{Environment.NewLine}");
        }

        var report = SoakReport.Of(results, Stopwatch.GetElapsedTime(started));
        await File.AppendAllTextAsync(reportFile, report);
        output.WriteLine(report);
        Assert.True(results.All(result => result.Problems.Count == 0), report);
    }
}
