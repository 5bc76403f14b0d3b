using System.Text.Json;
using System.Text.Json.Serialization;
using static Baton.Contracts.Json.JsonReading;

namespace Baton.Contracts.Runs;

/// <summary>
/// Reads and writes <c>claude:stream</c>'s payload by hand, in the wire's camelCase. Every streamed line of every run
/// arrives in one, and the serializer's own path for a record holding a list of records allocated a read stack,
/// constructor-argument state and a list copied to an array for each: about a tenth of what the API allocated while
/// relaying. The JSON is the same either way, byte for byte. Unknown properties are skipped; a missing value, a null
/// list, item or line is left for the payload's validator to refuse, and a value of the wrong type is refused as JSON.
/// </summary>
public sealed class RunLineBatchConverter : JsonConverter<RunLineBatch>
{
    private const string Payload = "a claude:stream batch";

    public override RunLineBatch Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var (requestId, items) = ReadBatch(ref reader, "requestId"u8, "items"u8, ReadItem, options, Payload);
        return new RunLineBatch(requestId, items!);
    }

    public override void Write(Utf8JsonWriter writer, RunLineBatch value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("requestId"u8, value.RequestId);
        writer.WriteStartArray("items"u8);
        foreach (var item in value.Items)
        {
            // The serializer's order: the line's own property, then RunItem's.
            writer.WriteStartObject();
            writer.WritePropertyName("line"u8);
            item.Line.WriteTo(writer);
            writer.WriteNumber("bridgeSeq"u8, item.BridgeSeq);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static RunLine ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject, Payload);
        long bridgeSeq = 0;
        JsonElement line = default;
        while (NextProperty(ref reader, out var property))
        {
            if (property.ValueTextEquals("bridgeSeq"u8))
            {
                bridgeSeq = reader.GetInt64();
            }
            else if (property.ValueTextEquals("line"u8))
            {
                line = JsonElement.ParseValue(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new RunLine(bridgeSeq, line);
    }
}
