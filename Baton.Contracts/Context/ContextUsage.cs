namespace Baton.Contracts.Context;

/// <summary>
/// The answer to <c>context:usage</c>, from the CLI's <c>get_context_usage</c>: the tokens the
/// session's context holds, its window, and where the CLI compacts on its own (null when it does
/// not). Not <paramref name="Live"/> when no Claude Code process holds the conversation now (none
/// started yet, or it ended when idle): the figures are then zero, as nothing can be asked.
/// </summary>
public sealed record ContextUsage(bool Live, long UsedTokens, long WindowTokens, long? AutoCompactTokens)
{
    public static readonly ContextUsage NotLive = new(false, 0, 0, null);
}
