namespace Baton.Contracts.Streaming;

/// <summary>More text of a text block.</summary>
public sealed record TextDeltaEvent(string CliMessageId, int Index, string Text) : StreamEvent;
