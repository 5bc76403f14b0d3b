namespace Baton.Api.LocalSessions;

/// <summary>
/// The notices an import leaves in a conversation (<see cref="Contracts.Messages.NoticeBlock"/> subtypes),
/// worded by the web app's <c>session-notice-text.ts</c>.
/// </summary>
public static class TranscriptNotices
{
    /// <summary>The history below came from a Claude Code session on the bridge's machine.</summary>
    public const string ImportedSession = "imported_session";

    /// <summary>The turns below were added in a terminal since Baton last read the session.</summary>
    public const string TerminalTurns = "terminal_turns";

    /// <summary>Baton and a terminal wrote to the session at once: its transcript forked.</summary>
    public const string SessionForked = "session_forked";
}
