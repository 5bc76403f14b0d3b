namespace Baton.Tests.Faults.Soak;

/// <summary>The seeds the suite runs: one per fault kind, in <see cref="FaultKind"/>'s order, each striking mid-run.</summary>
public static class SoakSeeds
{
    public static readonly int[] Ci = [13, 14, 11, 20, 8, 19];
}
