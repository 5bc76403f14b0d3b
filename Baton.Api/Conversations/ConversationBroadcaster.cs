using Baton.Api.Hubs;
using Baton.Api.Inbox;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Conversations;

/// <summary>
/// Sends stored events to the conversation's room, in seq order: stream events stored together go as one
/// <c>chat:stream-batch</c> frame, so a drain of many costs one backplane message and one frame per tab.
/// Only ever called after the events are committed; a failed send (Redis away) loses nothing, since
/// browsers catch up from the log (<see cref="BackplaneCatchUp"/> makes them once Redis is back).
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
            for (var index = 0; index < payloads.Count;)
            {
                var streamed = StreamedRunFrom(payloads, index);
                if (streamed >= 2)
                {
                    await room.StreamBatch(new ChatStreamBatch(conversationId, [.. payloads.Skip(index).Take(streamed).Cast<ChatStreamResponse>()]));
                    index += streamed;
                }
                else
                {
                    await ChatEvents.SendAsync(room, payloads[index++]);
                }
            }
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not broadcast {Count} events of conversation {ConversationId}", payloads.Count, conversationId);
        }

        // The owner's other conversations are not joined, so their inbox hears of prompts and runs in their room.
        await inbox.AnnounceAsync(conversationId, payloads);
    }

    /// <summary>How many <c>chat:stream-response</c> events follow one another from <paramref name="start"/>.</summary>
    private static int StreamedRunFrom(IReadOnlyList<ConversationEvent> payloads, int start)
    {
        var end = start;
        while (end < payloads.Count && payloads[end] is ChatStreamResponse)
        {
            end++;
        }

        return end - start;
    }
}
