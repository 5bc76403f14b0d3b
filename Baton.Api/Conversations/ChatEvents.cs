using System.Text.Json;
using Baton.Api.Hubs;
using Baton.Contracts.Chat;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;

namespace Baton.Api.Conversations;

/// <summary>
/// The events a conversation's log holds, each stored under its wire event's name with exactly its
/// payload. One place maps payloads to wire names and to the typed client's methods, for live
/// broadcasts and for replays alike.
/// </summary>
public static class ChatEvents
{
    public static string WireTypeOf(object payload) => payload switch
    {
        ChatStreamResponse => WireEvents.ChatStreamResponse,
        ChatMessageComplete => WireEvents.ChatMessageComplete,
        ChatError => WireEvents.ChatError,
        ChatAborted => WireEvents.ChatAborted,
        InteractivePrompt => WireEvents.InteractivePrompt,
        PermissionResolved => WireEvents.PermissionResolved,
        _ => throw new ArgumentException($"{payload.GetType().Name} is not a conversation event.", nameof(payload)),
    };

    public static JsonElement Serialize(object payload) => JsonSerializer.SerializeToElement(payload, payload.GetType(), WireJson.Options);

    /// <summary>The payload as JSON text, written straight to the event log without a document in between.</summary>
    public static string SerializeToText(object payload) => JsonSerializer.Serialize(payload, payload.GetType(), WireJson.Options);

    public static object Deserialize(string type, JsonElement payload) => type switch
    {
        WireEvents.ChatStreamResponse => Read<ChatStreamResponse>(payload),
        WireEvents.ChatMessageComplete => Read<ChatMessageComplete>(payload),
        WireEvents.ChatError => Read<ChatError>(payload),
        WireEvents.ChatAborted => Read<ChatAborted>(payload),
        WireEvents.InteractivePrompt => Read<InteractivePrompt>(payload),
        WireEvents.PermissionResolved => Read<PermissionResolved>(payload),
        _ => throw new ArgumentException($"'{type}' is not a conversation event.", nameof(type)),
    };

    public static Task SendAsync(IChatClient client, object payload) => payload switch
    {
        ChatStreamResponse message => client.StreamResponse(message),
        ChatMessageComplete message => client.MessageComplete(message),
        ChatError message => client.Error(message),
        ChatAborted message => client.Aborted(message),
        InteractivePrompt message => client.InteractivePrompt(message),
        PermissionResolved message => client.PermissionResolved(message),
        _ => throw new ArgumentException($"{payload.GetType().Name} is not a conversation event.", nameof(payload)),
    };

    private static T Read<T>(JsonElement payload) =>
        payload.Deserialize<T>(WireJson.Options) ?? throw new JsonException($"A stored {typeof(T).Name} is null.");
}
