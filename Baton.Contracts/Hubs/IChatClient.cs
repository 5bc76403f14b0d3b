using Baton.Contracts.Bridges;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Inbox;
using Baton.Contracts.Permissions;
using Baton.Contracts.Queue;
using Baton.Contracts.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Contracts.Hubs;

/// <summary>What the API sends to browsers on <see cref="HubPaths.Chat"/> (the typed client of the chat hub).</summary>
public interface IChatClient
{
    [HubMethodName(WireEvents.ChatStreamResponse)]
    Task StreamResponse(ChatStreamResponse message);

    [HubMethodName(WireEvents.ChatStreamBatch)]
    Task StreamBatch(ChatStreamBatch message);

    [HubMethodName(WireEvents.ChatMessageComplete)]
    Task MessageComplete(ChatMessageComplete message);

    [HubMethodName(WireEvents.ChatError)]
    Task Error(ChatError message);

    [HubMethodName(WireEvents.ChatAborted)]
    Task Aborted(ChatAborted message);

    [HubMethodName(WireEvents.InteractivePrompt)]
    Task InteractivePrompt(InteractivePrompt message);

    [HubMethodName(WireEvents.PermissionResolved)]
    Task PermissionResolved(PermissionResolved message);

    [HubMethodName(WireEvents.TranscriptImported)]
    Task TranscriptImported(TranscriptImported message);

    [HubMethodName(WireEvents.ConversationCreated)]
    Task ConversationCreated(ConversationChanged message);

    [HubMethodName(WireEvents.ConversationUpdated)]
    Task ConversationUpdated(ConversationChanged message);

    [HubMethodName(WireEvents.ConversationDeleted)]
    Task ConversationDeleted(ConversationChanged message);

    [HubMethodName(WireEvents.QueueChanged)]
    Task QueueChanged(QueueChanged message);

    [HubMethodName(WireEvents.BridgeConnect)]
    Task BridgeConnected(BridgePresence message);

    [HubMethodName(WireEvents.BridgeDisconnect)]
    Task BridgeDisconnected(BridgePresence message);

    [HubMethodName(WireEvents.InboxChanged)]
    Task InboxChanged(InboxChanged message);
}
