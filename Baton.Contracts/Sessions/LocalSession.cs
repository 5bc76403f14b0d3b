namespace Baton.Contracts.Sessions;

/// <summary>
/// One Claude Code session found on the bridge's machine: when its first record was written, when its
/// transcript last changed, the last message's text (cut short), and the transcript's size in bytes.
/// </summary>
public sealed record LocalSession(string SessionId, DateTimeOffset? StartedAt, DateTimeOffset UpdatedAt, string? LastMessage, long Size);
