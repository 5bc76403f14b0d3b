namespace Baton.Contracts.Streaming;

/// <summary>More of a tool call's input, as a fragment of JSON text that parses only when complete.</summary>
public sealed record ToolInputDeltaEvent(string CliMessageId, int Index, string PartialJson) : StreamEvent;
