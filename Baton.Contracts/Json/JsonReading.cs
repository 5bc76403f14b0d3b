using System.Text.Json;

namespace Baton.Contracts.Json;

/// <summary>Steps the hand-written converters of the hottest payloads share.</summary>
internal static class JsonReading
{
    /// <summary>Reads one item of a list; the reader stands on its first token.</summary>
    public delegate TItem ItemReader<out TItem>(ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>
    /// Moves past the object's next property name to its value; false at the object's end.
    /// <paramref name="name"/> stands on the name, to be compared.
    /// </summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out Utf8JsonReader name)
    {
        reader.Read();
        name = reader;
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            return false;
        }

        reader.Read();
        return true;
    }

    /// <summary>
    /// A batch: an object of an id and a list, both by name, other properties skipped. A null list stays null and a
    /// null item stays null, as the serializer would leave them, for the payload's validator to refuse.
    /// </summary>
    public static (Guid Id, List<TItem>? Items) ReadBatch<TItem>(
        ref Utf8JsonReader reader, ReadOnlySpan<byte> idName, ReadOnlySpan<byte> itemsName, ItemReader<TItem> readItem, JsonSerializerOptions options, string payload)
    {
        Expect(ref reader, JsonTokenType.StartObject, payload);
        var id = Guid.Empty;
        List<TItem>? items = null;
        while (NextProperty(ref reader, out var property))
        {
            if (property.ValueTextEquals(idName))
            {
                id = reader.GetGuid();
            }
            else if (property.ValueTextEquals(itemsName))
            {
                items = reader.TokenType == JsonTokenType.Null ? null : ReadList(ref reader, readItem, options, payload);
            }
            else
            {
                reader.Skip();
            }
        }

        return (id, items);
    }

    public static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string payload)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {token} in {payload}, found {reader.TokenType}.");
        }
    }

    /// <summary>A GUID, or null for JSON null.</summary>
    public static Guid? NullableGuid(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetGuid();

    private static List<TItem> ReadList<TItem>(ref Utf8JsonReader reader, ItemReader<TItem> readItem, JsonSerializerOptions options, string payload)
    {
        Expect(ref reader, JsonTokenType.StartArray, payload);
        var items = new List<TItem>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType == JsonTokenType.Null ? default! : readItem(ref reader, options));
        }

        return items;
    }
}
