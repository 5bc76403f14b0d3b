using System.Text.Json;
using System.Text.Json.Serialization;

namespace Baton.Contracts.Streaming;

/// <summary>What a tool call returned, as the CLI reported it, with its structured <c>tool_use_result</c> when it sent one.</summary>
public sealed record ToolResultEvent(string ToolUseId, JsonElement Content, bool IsError) : StreamEvent
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? ToolUseResult { get; init; }
}
