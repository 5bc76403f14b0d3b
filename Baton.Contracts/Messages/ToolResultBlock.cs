using System.Text.Json;
using System.Text.Json.Serialization;

namespace Baton.Contracts.Messages;

/// <summary>
/// What a tool call returned: the model's view (<see cref="Content"/>), and the CLI's structured
/// <c>tool_use_result</c> when it sent one (an edit's old and new text and patch, a read file's lines).
/// </summary>
public sealed record ToolResultBlock(string ToolUseId, JsonElement Content, bool IsError) : MessageBlock
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? ToolUseResult { get; init; }
}
