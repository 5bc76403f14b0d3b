using System.Text.Json;
using Baton.Contracts.Runs;

namespace Baton.Tests.Contracts;

/// <summary><c>claude:stream</c>'s payload, read and written by its own converter, is byte for byte the JSON the serializer wrote for it.</summary>
public sealed class RunLineBatchJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void A_batch_is_written_as_the_serializer_wrote_it_and_reads_back_the_same()
    {
        var requestId = Guid.NewGuid();
        var line = JsonDocument.Parse("""{"type":"stream_event","event":{"type":"content_block_stop","index":0}}""").RootElement;
        var batch = new RunLineBatch(requestId, [new RunLine(7, line), new RunLine(8, line)]);

        var json = JsonSerializer.Serialize(batch, Web);
        var read = JsonSerializer.Deserialize<RunLineBatch>(json, Web)!;

        Assert.Equal(
            $$"""{"requestId":"{{requestId}}","items":[{"line":{{line.GetRawText()}},"bridgeSeq":7},{"line":{{line.GetRawText()}},"bridgeSeq":8}]}""",
            json);
        Assert.Equal(requestId, read.RequestId);
        Assert.Equal([7L, 8L], read.Items.Select(item => item.BridgeSeq));
        Assert.All(read.Items, item => Assert.Equal(line.GetRawText(), item.Line.GetRawText()));
    }

    [Fact]
    public void Unknown_properties_are_skipped_and_what_is_missing_is_left_for_the_validator()
    {
        var requestId = Guid.NewGuid();

        var read = JsonSerializer.Deserialize<RunLineBatch>(
            $$"""{"extra":{"a":[1,2]},"items":[{"bridgeSeq":3,"note":"x"},null,{"line":null}],"requestId":"{{requestId}}"}""", Web)!;

        Assert.Equal(requestId, read.RequestId);
        Assert.Equal(3, read.Items.Count);
        Assert.Equal((3L, JsonValueKind.Undefined), (read.Items[0].BridgeSeq, read.Items[0].Line.ValueKind));
        Assert.Null(read.Items[1]);
        Assert.Equal((0L, JsonValueKind.Null), (read.Items[2].BridgeSeq, read.Items[2].Line.ValueKind));
        Assert.Null(JsonSerializer.Deserialize<RunLineBatch>("""{}""", Web)!.Items);
    }

    [Theory]
    [InlineData("""[]""")]
    [InlineData("""{"requestId":"not-a-guid","items":[]}""")]
    [InlineData("""{"requestId":null,"items":[]}""")]
    [InlineData("""{"requestId":"6f9619ff-8b86-d011-b42d-00c04fc964ff","items":{}}""")]
    [InlineData("""{"requestId":"6f9619ff-8b86-d011-b42d-00c04fc964ff","items":[{"bridgeSeq":"one"}]}""")]
    [InlineData("""{"requestId":"6f9619ff-8b86-d011-b42d-00c04fc964ff","items":["line"]}""")]
    public void A_payload_of_the_wrong_shape_is_refused_as_JSON(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<RunLineBatch>(json, Web));
}
