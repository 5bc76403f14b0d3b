namespace Baton.Contracts.Runs;

/// <summary>
/// The bridge's acknowledgement of <c>claude:abort</c> or <c>permission:response</c>: either way the
/// API stops repeating. <paramref name="Applied"/> is false for a repeat or an unknown run or prompt.
/// </summary>
public sealed record AckResult(bool Applied);
