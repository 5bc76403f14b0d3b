namespace Baton.Contracts.Runs;

/// <summary>
/// The bridge's answer to <c>claude:execute</c>: accepted, or refused with a code such as
/// <c>outside_root</c> or <c>bridge_busy</c> (the run then ends there).
/// </summary>
public sealed record ExecuteResult(bool Accepted, string? Code, string? Message)
{
    public static ExecuteResult Accept() => new(true, null, null);

    public static ExecuteResult Refuse(string code, string message) => new(false, code, message);
}
