namespace Baton.Contracts.Streaming;

/// <summary>The CLI's <c>content_block_start</c>; a tool call carries its id and name.</summary>
public sealed record BlockStartEvent(
    string CliMessageId,
    int Index,
    BlockType BlockType,
    string? ToolUseId,
    string? Name) : StreamEvent;
