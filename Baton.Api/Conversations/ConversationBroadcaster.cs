using Baton.Api.Hubs;
using Baton.Api.Inbox;
using Baton.Contracts.Conversations;
using Baton.Contracts.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Conversations;

/// <summary>
/// Sends stored events to the conversation's room, in seq order. Only ever called after the events
/// are committed; a failed send (Redis away) loses nothing, since browsers catch up from the log
/// (<see cref="BackplaneCatchUp"/> makes them once Redis is back).
/// </summary>
public sealed class ConversationBroadcaster(IHubContext<ChatHub, IChatClient> hub, InboxAnnouncer inbox, ILogger<ConversationBroadcaster> logger)
{
    public async Task BroadcastAsync(Guid conversationId, IReadOnlyList<ConversationEvent> payloads)
    {
        if (payloads.Count == 0)
        {
            return;
        }

        var room = hub.Clients.Group(Rooms.Conversation(conversationId));
        try
        {
            foreach (var payload in payloads)
            {
                await ChatEvents.SendAsync(room, payload);
            }
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not broadcast {Count} events of conversation {ConversationId}", payloads.Count, conversationId);
        }

        // The owner's other conversations are not joined, so their inbox hears of prompts and runs in their room.
        await inbox.AnnounceAsync(conversationId, payloads);
    }
}
