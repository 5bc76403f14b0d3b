using Baton.Api.Data;
using Baton.Api.Hubs;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Hubs;
using Baton.Contracts.Inbox;
using Baton.Contracts.Permissions;
using Baton.Contracts.Streaming;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Inbox;

/// <summary>
/// Tells every tab of a conversation's owner, through their own room, that their inbox changed: a prompt
/// opened or was settled, a run started or ended. Best effort, like every broadcast: the inbox is read from
/// what is stored, and a tab reads it again after a reconnect.
/// </summary>
public sealed class InboxAnnouncer(IHubContext<ChatHub, IChatClient> hub, IServiceScopeFactory scopes, ILogger<InboxAnnouncer> logger)
{
    /// <summary>Announces a change if any of these stored events of the conversation changes what its owner's inbox lists.</summary>
    public async Task AnnounceAsync(Guid conversationId, IReadOnlyList<ConversationEvent> events)
    {
        if (!events.Any(ChangesTheInbox))
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BatonDbContext>();
            var ownerId = await db.Conversations.AsNoTracking()
                .Where(c => c.Id == conversationId)
                .Select(c => (Guid?)c.OwnerId)
                .SingleOrDefaultAsync();
            if (ownerId is { } owner)
            {
                await AnnounceAsync(owner, conversationId);
            }
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not announce an inbox change of conversation {ConversationId}", conversationId);
        }
    }

    /// <summary>Announces a change to the owner, who is already known (a dismissal, a deletion).</summary>
    public async Task AnnounceAsync(Guid ownerId, Guid conversationId)
    {
        try
        {
            await hub.Clients.Group(Rooms.User(ownerId.ToString())).InboxChanged(new InboxChanged(conversationId));
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not announce an inbox change to user {UserId}", ownerId);
        }
    }

    private static bool ChangesTheInbox(ConversationEvent conversationEvent) => conversationEvent switch
    {
        InteractivePrompt or PermissionResolved or ChatMessageComplete or ChatError or ChatAborted => true,
        // A person's message starts a run.
        ChatStreamResponse { Event: UserMessageEvent } => true,
        _ => false,
    };
}
