namespace Baton.Tests.Faults.Soak;

/// <summary>
/// The on-demand soak's settings, from the environment (a test takes no command line): <c>BATON_SOAK_RUNS</c>
/// runs, the n-th with seed <c>BATON_SOAK_SEED</c> + n, so one run replays with <c>BATON_SOAK_RUNS=1 BATON_SOAK_SEED=its seed</c>.
/// </summary>
public sealed record SoakSettings(int Runs, int Seed)
{
    public const string RunsVariable = "BATON_SOAK_RUNS";
    public const string SeedVariable = "BATON_SOAK_SEED";

    public static SoakSettings FromEnvironment() => new(
        int.Parse(Environment.GetEnvironmentVariable(RunsVariable) ?? "0"),
        Environment.GetEnvironmentVariable(SeedVariable) is { } seed ? int.Parse(seed) : Random.Shared.Next(1_000_000));
}
