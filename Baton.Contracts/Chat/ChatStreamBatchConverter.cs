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
        Expect(ref reader, JsonTokenType.StartObject, Payload);
        var conversationId = Guid.Empty;
        List<ChatStreamResponse>? responses = null;
        while (NextProperty(ref reader))
        {
            var property = reader;
            reader.Read();
            if (property.ValueTextEquals("conversationId"u8))
            {
                conversationId = reader.GetGuid();
            }
            else if (property.ValueTextEquals("responses"u8))
            {
                Expect(ref reader, JsonTokenType.StartArray, Payload);
                responses = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    responses.Add(ChatStreamResponseConverter.ReadResponse(ref reader, options));
                }
            }
            else
            {
                reader.Skip();
            }
        }

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
