using System.Text.Json;

namespace Baton.Contracts.Json;

/// <summary>Steps the hand-written converters of the hottest payloads share.</summary>
internal static class JsonReading
{
    /// <summary>Moves to the object's next property name; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
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
}
