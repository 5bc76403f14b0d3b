using System.Text.Json;
using System.Text.Json.Serialization;
using Baton.Contracts.Streaming;
using static Baton.Contracts.Json.JsonReading;

namespace Baton.Contracts.Chat;

/// <summary>
/// Reads and writes <c>chat:stream-response</c> by hand, in the wire's camelCase, its event by the serializer (for its
/// <c>kind</c>) unless it is a delta (<see cref="DeltaEventWriter"/>). Every streamed word is one, serialized for the
/// event log and again, in a batch, for the room: the serializer's own path for a record holding a record gave each a
/// stack of frames, about a twelfth of what the API allocated while relaying. The JSON is the same, byte for byte;
/// properties may come in any order (a stored payload comes back from jsonb reordered) and unknown ones are skipped.
/// </summary>
public sealed class ChatStreamResponseConverter : JsonConverter<ChatStreamResponse>
{
    private const string Payload = "a chat:stream-response";

    public override ChatStreamResponse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadResponse(ref reader, options);

    public override void Write(Utf8JsonWriter writer, ChatStreamResponse value, JsonSerializerOptions options) =>
        WriteResponse(writer, value, options);

    public static ChatStreamResponse ReadResponse(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject, Payload);
        var (conversationId, seq, requestId, messageId) = (Guid.Empty, 0L, (Guid?)null, (Guid?)null);
        StreamEvent? streamEvent = null;
        while (NextProperty(ref reader, out var property))
        {
            if (property.ValueTextEquals("conversationId"u8))
            {
                conversationId = reader.GetGuid();
            }
            else if (property.ValueTextEquals("seq"u8))
            {
                seq = reader.GetInt64();
            }
            else if (property.ValueTextEquals("requestId"u8))
            {
                requestId = NullableGuid(ref reader);
            }
            else if (property.ValueTextEquals("messageId"u8))
            {
                messageId = NullableGuid(ref reader);
            }
            else if (property.ValueTextEquals("event"u8))
            {
                streamEvent = JsonSerializer.Deserialize<StreamEvent>(ref reader, options);
            }
            else
            {
                reader.Skip();
            }
        }

        return new ChatStreamResponse(conversationId, seq, requestId, messageId, streamEvent!);
    }

    public static void WriteResponse(Utf8JsonWriter writer, ChatStreamResponse value, JsonSerializerOptions options)
    {
        // The serializer's order: the record's own properties, then those of ConversationEvent.
        writer.WriteStartObject();
        WriteNullable(writer, "requestId"u8, value.RequestId);
        WriteNullable(writer, "messageId"u8, value.MessageId);
        writer.WritePropertyName("event"u8);
        if (!DeltaEventWriter.TryWrite(writer, value.Event))
        {
            JsonSerializer.Serialize(writer, value.Event, options);
        }

        writer.WriteString("conversationId"u8, value.ConversationId);
        writer.WriteNumber("seq"u8, value.Seq);
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Guid? value)
    {
        if (value is { } guid)
        {
            writer.WriteString(name, guid);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
