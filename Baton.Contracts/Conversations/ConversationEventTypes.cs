using Baton.Contracts.Chat;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Sessions;

namespace Baton.Contracts.Conversations;

/// <summary>
/// The one list of the conversation events: each one's wire name, payload type and chat client
/// method. Storing, broadcasting and replaying all read it, and the web app gets it generated.
/// </summary>
public static class ConversationEventTypes
{
    public static IReadOnlyList<ConversationEventType> All { get; } =
    [
        ConversationEventType.Of<ChatStreamResponse>(WireEvents.ChatStreamResponse, (client, e) => client.StreamResponse(e)),
        ConversationEventType.Of<ChatMessageComplete>(WireEvents.ChatMessageComplete, (client, e) => client.MessageComplete(e)),
        ConversationEventType.Of<ChatError>(WireEvents.ChatError, (client, e) => client.Error(e)),
        ConversationEventType.Of<ChatAborted>(WireEvents.ChatAborted, (client, e) => client.Aborted(e)),
        ConversationEventType.Of<InteractivePrompt>(WireEvents.InteractivePrompt, (client, e) => client.InteractivePrompt(e)),
        ConversationEventType.Of<PermissionResolved>(WireEvents.PermissionResolved, (client, e) => client.PermissionResolved(e)),
        ConversationEventType.Of<TranscriptImported>(WireEvents.TranscriptImported, (client, e) => client.TranscriptImported(e)),
    ];

    private static readonly Dictionary<Type, ConversationEventType> ByType = All.ToDictionary(type => type.PayloadType);
    private static readonly Dictionary<string, ConversationEventType> ByWireName = All.ToDictionary(type => type.WireName);

    public static ConversationEventType Of(ConversationEvent conversationEvent) => ByType[conversationEvent.GetType()];

    public static ConversationEventType? Named(string wireName) => ByWireName.GetValueOrDefault(wireName);
}
