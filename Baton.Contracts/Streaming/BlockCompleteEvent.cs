using Baton.Contracts.Messages;

namespace Baton.Contracts.Streaming;

/// <summary>
/// A whole content block of the CLI's, already in the shape history stores (the final text, or the
/// tool call with its whole input), so both folds just put it in place of its streamed version.
/// </summary>
public sealed record BlockCompleteEvent(string CliMessageId, int Index, MessageBlock Block) : StreamEvent;
