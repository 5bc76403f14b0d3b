namespace Baton.Api.LocalSessions;

/// <summary>What reading a conversation's session transcript again added.</summary>
public sealed record TranscriptSyncResponse(int ImportedTurns, bool Forked);
