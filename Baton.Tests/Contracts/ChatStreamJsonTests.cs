using System.Text.Json;
using Baton.Contracts.Chat;
using Baton.Contracts.Streaming;

namespace Baton.Tests.Contracts;

/// <summary><c>chat:stream-response</c> and <c>chat:stream-batch</c>, written by their own converters, are byte for byte the JSON the serializer wrote for them.</summary>
public sealed class ChatStreamJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { AllowOutOfOrderMetadataProperties = true };
    private static readonly Guid ConversationId = Guid.Parse("0b5c2a8e-0d0a-4b8e-9d3c-3f0c1b7e9a11");
    private static readonly Guid RequestId = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff");

    [Fact]
    public void A_response_is_written_as_the_serializer_wrote_it_nulls_included_and_its_event_kind_first()
    {
        var response = new ChatStreamResponse(ConversationId, 7, RequestId, null, new TextDeltaEvent("msg_01", 0, "Hel"));

        Assert.Equal(
            $$$"""{"requestId":"{{{RequestId}}}","messageId":null,"event":{"kind":"text_delta","cliMessageId":"msg_01","index":0,"text":"Hel"},"conversationId":"{{{ConversationId}}}","seq":7}""",
            JsonSerializer.Serialize(response, Web));
    }

    public static TheoryData<StreamEvent> Deltas => new()
    {
        new TextDeltaEvent("msg_01", 0, "<b>\"café\"</b>\n\u2028 & 'done'"),
        new ThinkingDeltaEvent("msg_01", 1, "Let me think") { ParentToolUseId = "toolu_01" },
        new ToolInputDeltaEvent("msg_01", 2, "{\"command\":\"git"),
    };

    [Theory]
    [MemberData(nameof(Deltas))]
    public void A_delta_is_written_byte_for_byte_as_the_serializer_writes_its_event(StreamEvent delta)
    {
        var response = new ChatStreamResponse(ConversationId, 3, null, RequestId, delta);
        var json = JsonSerializer.Serialize(response, Web);

        Assert.Equal(
            $$$"""{"requestId":null,"messageId":"{{{RequestId}}}","event":{{{JsonSerializer.Serialize(delta, Web)}}},"conversationId":"{{{ConversationId}}}","seq":3}""",
            json);
        Assert.Equal(response, JsonSerializer.Deserialize<ChatStreamResponse>(json, Web));
    }

    [Fact]
    public void A_response_reads_back_from_a_stored_payload_whose_keys_jsonb_reordered()
    {
        var stored = $$"""{"seq":7,"event":{"text":"Hel","index":0,"kind":"text_delta","cliMessageId":"msg_01"},"extra":[1],"messageId":null,"requestId":"{{RequestId}}","conversationId":"{{ConversationId}}"}""";

        var read = JsonSerializer.Deserialize<ChatStreamResponse>(stored, Web);

        Assert.Equal(new ChatStreamResponse(ConversationId, 7, RequestId, null, new TextDeltaEvent("msg_01", 0, "Hel")), read);
    }

    [Fact]
    public void A_batch_is_written_as_its_responses_in_order_and_reads_back_the_same()
    {
        ChatStreamResponse[] responses =
        [
            new(ConversationId, 1, RequestId, RequestId, new TextDeltaEvent("msg_01", 0, "Hel")),
            new(ConversationId, 2, RequestId, RequestId, new TextDeltaEvent("msg_01", 0, "lo")),
        ];
        var batch = new ChatStreamBatch(ConversationId, responses);

        var json = JsonSerializer.Serialize(batch, Web);
        var read = JsonSerializer.Deserialize<ChatStreamBatch>(json, Web)!;

        Assert.Equal(
            $$"""{"conversationId":"{{ConversationId}}","responses":[{{JsonSerializer.Serialize(responses[0], Web)}},{{JsonSerializer.Serialize(responses[1], Web)}}]}""",
            json);
        Assert.Equal(ConversationId, read.ConversationId);
        Assert.Equal(responses, read.Responses);
    }

    [Theory]
    [InlineData("""[]""")]
    [InlineData("""{"conversationId":"0b5c2a8e-0d0a-4b8e-9d3c-3f0c1b7e9a11","responses":{}}""")]
    [InlineData("""{"conversationId":"0b5c2a8e-0d0a-4b8e-9d3c-3f0c1b7e9a11","responses":[{"seq":"one"}]}""")]
    [InlineData("""{"conversationId":"0b5c2a8e-0d0a-4b8e-9d3c-3f0c1b7e9a11","responses":[{"event":{"kind":"no_such_kind"}}]}""")]
    public void A_batch_of_the_wrong_shape_is_refused_as_JSON(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<ChatStreamBatch>(json, Web));
}
