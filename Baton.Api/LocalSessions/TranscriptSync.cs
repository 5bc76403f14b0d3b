namespace Baton.Api.LocalSessions;

/// <summary>What reading a session's transcript added: the turns imported, and whether it found the session forked.</summary>
public sealed record TranscriptSync(int ImportedTurns, bool Forked);
