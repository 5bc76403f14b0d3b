namespace Baton.Api.LocalSessions;

/// <summary>What one transcript record adds to the conversation Baton shows.</summary>
public abstract record TranscriptPiece(DateTimeOffset? At);
