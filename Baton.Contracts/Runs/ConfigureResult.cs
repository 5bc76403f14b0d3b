namespace Baton.Contracts.Runs;

/// <summary>
/// The bridge's answer to <c>claude:configure</c>: <paramref name="Applied"/> when a process of the conversation
/// switched, false with no code when it has none (the next run starts with the settings), or a refusal code.
/// </summary>
public sealed record ConfigureResult(bool Applied, string? Code, string? Message)
{
    public static ConfigureResult Switched() => new(true, null, null);

    public static ConfigureResult NoProcess() => new(false, null, null);

    public static ConfigureResult Refuse(string code, string message) => new(false, code, message);
}
