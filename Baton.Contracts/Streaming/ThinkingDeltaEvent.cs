namespace Baton.Contracts.Streaming;

/// <summary>More text of a thinking block.</summary>
public sealed record ThinkingDeltaEvent(string CliMessageId, int Index, string Text) : StreamEvent;
