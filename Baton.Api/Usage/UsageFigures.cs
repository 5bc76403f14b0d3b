namespace Baton.Api.Usage;

/// <summary>
/// What finished runs used: how many there were, their input tokens (cache reads and writes
/// included, as the CLI counts them), their output tokens and their cost.
/// </summary>
public sealed record UsageFigures(int Runs, long InputTokens, long OutputTokens, decimal CostUsd)
{
    public static readonly UsageFigures None = new(0, 0, 0, 0);
}
