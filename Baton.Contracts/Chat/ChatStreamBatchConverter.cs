using System.Text.Json;
using System.Text.Json.Serialization;
using static Baton.Contracts.Json.JsonReading;

namespace Baton.Contracts.Chat;

/// <summary>
/// Reads and writes <c>chat:stream-batch</c> by hand, each response by <see cref="ChatStreamResponseConverter"/>: the
/// serializer's own path gave every frame of the relay a stack of frames for its list. The JSON is the same, byte for
/// byte.
/// </summary>
public sealed class ChatStreamBatchConverter : JsonConverter<ChatStreamBatch>
{
    private const string Payload = "a chat:stream-batch";

    public override ChatStreamBatch Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var (conversationId, responses) = ReadBatch(ref reader, "conversationId"u8, "responses"u8, ChatStreamResponseConverter.ReadResponse, options, Payload);
        return new ChatStreamBatch(conversationId, responses!);
    }

    public override void Write(Utf8JsonWriter writer, ChatStreamBatch value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("conversationId"u8, value.ConversationId);
        writer.WriteStartArray("responses"u8);
        // By index: a foreach over the interface would allocate its enumerator, on every frame of the relay.
        for (var index = 0; index < value.Responses.Count; index++)
        {
            ChatStreamResponseConverter.WriteResponse(writer, value.Responses[index], options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
