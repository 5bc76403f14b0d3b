namespace Baton.Api.LocalSessions;

/// <summary>A message the person typed: it starts a turn.</summary>
public sealed record PromptPiece(string Text, DateTimeOffset? At) : TranscriptPiece(At);
