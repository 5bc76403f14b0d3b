using System.Text.Json;
using System.Text.Json.Serialization;

namespace Baton.Contracts.Messages;

/// <summary>
/// A tool call. While it streams, <see cref="PartialJson"/> holds its input as sent so far; once whole,
/// <see cref="Input"/> holds the CLI's input object.
/// </summary>
public sealed record ToolUseBlock(string Id, string Name) : MessageBlock
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Input { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PartialJson { get; init; }
}
