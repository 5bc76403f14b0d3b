using System.Text.Json;
using Baton.Contracts.Messages;

namespace Baton.Api.Runs;

/// <summary>A whole content block of an <c>assistant</c> line, in the typed shape history stores.</summary>
public static class CliBlocks
{
    public static MessageBlock ToMessageBlock(JsonElement block) => CliJson.Text(block, "type") switch
    {
        MessageBlockTypes.Text => new TextBlock(CliJson.Text(block, "text") ?? ""),
        MessageBlockTypes.Thinking => new ThinkingBlock(CliJson.Text(block, "thinking") ?? ""),
        MessageBlockTypes.ToolUse => new ToolUseBlock(CliJson.Text(block, "id") ?? "", CliJson.Text(block, "name") ?? "")
        {
            Input = block.TryGetProperty("input", out var input) ? input.Clone() : null,
        },
        var type => new OtherBlock(type ?? "", block.Clone()),
    };
}
