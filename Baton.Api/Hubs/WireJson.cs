using System.Text.Json;

namespace Baton.Api.Hubs;

/// <summary>
/// The JSON of hub payloads: camelCase records, the contract's enums by their wire names. Stored
/// event payloads use the same options, so a replayed event is byte for byte what live clients saw.
/// </summary>
public static class WireJson
{
    public static JsonSerializerOptions Options { get; } = Apply(new JsonSerializerOptions());

    /// <summary>A wire value as a JSON document, for a jsonb column.</summary>
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    /// <summary>Sets the wire conventions on options SignalR (or a test client) owns.</summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        // A stored payload comes back from jsonb with its keys reordered, so a stream event's `kind` may not come first.
        options.AllowOutOfOrderMetadataProperties = true;
        return options;
    }
}
