using System.Text.Json;
using Baton.Api.Runs;
using Baton.Contracts.Streaming;

namespace Baton.Tests.Realtime;

/// <summary>An answer's stored blocks, which a page loaded mid-run continues with the live deltas.</summary>
public sealed class AssistantContentTests
{
    [Fact]
    public void A_tool_call_still_streaming_keeps_its_input_so_far_under_the_name_its_deltas_carry()
    {
        var content = AssistantContent.Read(JsonSerializer.SerializeToElement(Array.Empty<object>()));

        content.Apply(new BlockStartEvent("msg_1", 1, BlockType.ToolUse, "toolu_1", "Write"));
        content.Apply(new ToolInputDeltaEvent("msg_1", 1, "{\"file_path\":"));
        content.Apply(new ToolInputDeltaEvent("msg_1", 1, "\"notes.txt\""));

        var block = Assert.Single(content.ToJson().EnumerateArray());
        Assert.Equal("tool_use", block.GetProperty("type").GetString());
        Assert.Equal("msg_1", block.GetProperty("cliMessageId").GetString());
        Assert.Equal(1, block.GetProperty("index").GetInt32());
        // The web app folds the tool_input_delta events after the page's seq into this field.
        Assert.Equal("{\"file_path\":\"notes.txt\"", block.GetProperty("partialJson").GetString());
    }
}
