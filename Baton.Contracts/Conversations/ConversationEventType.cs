using Baton.Contracts.Hubs;

namespace Baton.Contracts.Conversations;

/// <summary>One kind of <see cref="ConversationEvent"/>: its wire name, payload type, and how a chat client is sent one.</summary>
public sealed record ConversationEventType(string WireName, Type PayloadType, Func<IChatClient, ConversationEvent, Task> Send)
{
    public static ConversationEventType Of<T>(string wireName, Func<IChatClient, T, Task> send)
        where T : ConversationEvent => new(wireName, typeof(T), (client, conversationEvent) => send(client, (T)conversationEvent));
}
