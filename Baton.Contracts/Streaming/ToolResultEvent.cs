using System.Text.Json;

namespace Baton.Contracts.Streaming;

/// <summary>What a tool call returned, as the CLI reported it.</summary>
public sealed record ToolResultEvent(string ToolUseId, JsonElement Content, bool IsError) : StreamEvent;
