namespace Baton.Api.Runs;

/// <summary>A locked assistant message's content version, and what a turn reads of its conversation.</summary>
public sealed record LockedAnswer(int ContentVersion, Guid ProjectId, string? ClaudeSessionId);
