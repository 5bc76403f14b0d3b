using System.Text.Json;
using Baton.Api.Hubs;
using Baton.Contracts.Conversations;
using Baton.Contracts.Hubs;

namespace Baton.Api.Conversations;

/// <summary>
/// The events a conversation's log holds, each stored under its wire event's name with exactly its
/// payload, so a replayed event is what live clients saw. The names, types and client methods come
/// from <see cref="ConversationEventTypes"/>.
/// </summary>
public static class ChatEvents
{
    public static string WireNameOf(ConversationEvent conversationEvent) => ConversationEventTypes.Of(conversationEvent).WireName;

    /// <summary>
    /// The payload as UTF-8 JSON, for the event log's statements (<c>convert_from(payload, 'UTF8')::jsonb</c>): no document
    /// in between, and no .NET string that the serializer would decode and the database driver encode again.
    /// </summary>
    public static byte[] SerializeToUtf8(ConversationEvent conversationEvent) =>
        JsonSerializer.SerializeToUtf8Bytes(conversationEvent, conversationEvent.GetType(), WireJson.Options);

    public static ConversationEvent Deserialize(string wireName, JsonElement payload)
    {
        var type = ConversationEventTypes.Named(wireName) ?? throw new ArgumentException($"'{wireName}' is not a conversation event.", nameof(wireName));
        return payload.Deserialize(type.PayloadType, WireJson.Options) as ConversationEvent
            ?? throw new JsonException($"A stored {wireName} is null.");
    }

    public static Task SendAsync(IChatClient client, ConversationEvent conversationEvent) =>
        ConversationEventTypes.Of(conversationEvent).Send(client, conversationEvent);
}
