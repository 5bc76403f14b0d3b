using System.Text;

namespace Baton.Tests.Faults.Soak;

/// <summary>The end of a soak: runs by fault and outcome, the runs with problems (replay each with its seed), and the time taken.</summary>
public static class SoakReport
{
    public static string Of(IReadOnlyList<SoakRunResult> results, TimeSpan took)
    {
        var report = new StringBuilder();
        report.AppendLine($"Soak: {results.Count} runs in {took.TotalMinutes:0.0} min ({(results.Count == 0 ? 0 : took.TotalSeconds / results.Count):0.0} s per run)");
        report.AppendLine("Faults:");
        foreach (var fault in Enum.GetValues<FaultKind>())
        {
            var ofFault = results.Where(result => result.Plan.Fault == fault).ToList();
            var outcomes = string.Join(", ", Enum.GetValues<SoakOutcome>().Select(outcome => $"{ofFault.Count(result => result.Outcome == outcome)} {outcome.ToString().ToLowerInvariant()}"));
            report.AppendLine($"  {fault,-18} {ofFault.Count,4} runs: {outcomes}");
        }

        var failing = results.Where(result => result.Problems.Count > 0).ToList();
        report.AppendLine($"Runs with a problem (loss, duplicate, stuck, unfinished, CLI left behind): {failing.Count}");
        report.AppendLine($"Stuck runs: {results.Count(result => result.Outcome == SoakOutcome.Stuck)}");
        foreach (var result in failing)
        {
            report.AppendLine(result.ToString());
        }

        return report.ToString();
    }
}
