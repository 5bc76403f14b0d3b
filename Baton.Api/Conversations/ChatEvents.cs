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

    /// <summary>The payload as JSON text, written straight to the event log without a document in between.</summary>
    public static string SerializeToText(ConversationEvent conversationEvent) =>
        JsonSerializer.Serialize(conversationEvent, conversationEvent.GetType(), WireJson.Options);

    public static ConversationEvent Deserialize(string wireName, JsonElement payload)
    {
        var type = ConversationEventTypes.Named(wireName) ?? throw new ArgumentException($"'{wireName}' is not a conversation event.", nameof(wireName));
        return payload.Deserialize(type.PayloadType, WireJson.Options) as ConversationEvent
            ?? throw new JsonException($"A stored {wireName} is null.");
    }

    public static Task SendAsync(IChatClient client, ConversationEvent conversationEvent) =>
        ConversationEventTypes.Of(conversationEvent).Send(client, conversationEvent);
}
