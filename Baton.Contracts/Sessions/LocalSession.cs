namespace Baton.Contracts.Sessions;

/// <summary>
/// One Claude Code session found on the bridge's machine: when its first record was written, when its
/// transcript last changed, the last prompt the person gave it and the last message's text (each cut short),
/// and the transcript's size in bytes.
/// </summary>
public sealed record LocalSession(string SessionId, DateTimeOffset? StartedAt, DateTimeOffset UpdatedAt, string? LastPrompt, string? LastMessage, long Size);
