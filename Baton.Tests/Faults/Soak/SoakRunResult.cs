namespace Baton.Tests.Faults.Soak;

/// <summary>One soak run: its plan, how it ended, its conversation's events, what the checks found wrong (empty when nothing), and how long it took.</summary>
public sealed record SoakRunResult(SoakPlan Plan, SoakOutcome Outcome, long Events, IReadOnlyList<string> Problems, TimeSpan Duration)
{
    public override string ToString() =>
        $"{Plan} -> {Outcome} after {Events} events in {Duration.TotalSeconds:0.0} s"
        + (Problems.Count == 0 ? "" : $"{Environment.NewLine}  " + string.Join($"{Environment.NewLine}  ", Problems));
}
