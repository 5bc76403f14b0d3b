namespace Baton.Tests.Faults.Soak;

/// <summary>
/// Everything random about one soak run, drawn from its seed alone, so the seed replays the run:
/// the fault, where the tab sits, after how many of the conversation's events the fault strikes,
/// and how long a paused bridge stays stopped (sometimes past the bridge's 5 s grace).
/// </summary>
public sealed record SoakPlan(int Seed, FaultKind Fault, string TabInstance, string CatchUpInstance, int FaultAfterEvents, TimeSpan PauseFor)
{
    /// <summary>A clean run of the soak's message stores about 50 events; the fault strikes anywhere among them.</summary>
    private const int MaxFaultAfterEvents = 48;

    private static readonly string[] Instances = ["api", "api2"];

    public static SoakPlan FromSeed(int seed)
    {
        var random = new Random(Scramble(seed));
        var faults = Enum.GetValues<FaultKind>();
        return new SoakPlan(
            seed,
            faults[random.Next(faults.Length)],
            Instances[random.Next(Instances.Length)],
            Instances[random.Next(Instances.Length)],
            random.Next(1, MaxFaultAfterEvents + 1),
            TimeSpan.FromMilliseconds(random.Next(500, 8_000)));
    }

    public override string ToString() =>
        $"seed {Seed}: {Fault} after event {FaultAfterEvents}, tab on {TabInstance}, catch-up on {CatchUpInstance}"
        + (Fault == FaultKind.BridgePaused ? $", paused {PauseFor.TotalSeconds:0.0} s" : "");

    /// <summary>SplitMix64's finaliser: <see cref="Random"/>'s first draws follow neighbouring seeds too closely, and soak seeds are neighbours.</summary>
    private static int Scramble(int seed)
    {
        var z = (ulong)seed + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }
}
