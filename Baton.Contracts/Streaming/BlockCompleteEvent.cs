using System.Text.Json;

namespace Baton.Contracts.Streaming;

/// <summary>The CLI's whole assistant block: the final text, or the tool call with its whole input.</summary>
public sealed record BlockCompleteEvent(string CliMessageId, int Index, JsonElement Block) : StreamEvent;
