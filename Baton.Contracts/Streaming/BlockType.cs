using System.Text.Json.Serialization;

namespace Baton.Contracts.Streaming;

/// <summary>The kinds of assistant content block Baton shows.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BlockType>))]
public enum BlockType
{
    [JsonStringEnumMemberName("text")]
    Text,

    [JsonStringEnumMemberName("thinking")]
    Thinking,

    [JsonStringEnumMemberName("tool_use")]
    ToolUse,
}
