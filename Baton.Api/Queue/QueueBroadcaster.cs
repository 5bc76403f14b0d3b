using Baton.Api.Data;
using Baton.Api.Hubs;
using Baton.Contracts.Hubs;
using Baton.Contracts.Queue;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Queue;

/// <summary>
/// Tells a conversation's room its queue changed (<c>queue:changed</c>, the whole list). The revision is
/// bumped under the conversation row's lock and the list read after it, so a higher revision never
/// carries an older list; the backplane takes it to the tabs on every instance.
/// </summary>
public sealed class QueueBroadcaster(BatonDbContext db, IHubContext<ChatHub, IChatClient> hub, ILogger<QueueBroadcaster> logger)
{
    public async Task NotifyAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var snapshot = await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Conversations.Where(c => c.Id == conversationId)
                .ExecuteUpdateAsync(setters => setters.SetProperty(c => c.QueueRevision, c => c.QueueRevision + 1), ct);
            var read = await ReadAsync(db, conversationId, ct);
            await transaction.CommitAsync(ct);
            return read;
        }, cancellationToken);

        try
        {
            await hub.Clients.Group(Rooms.Conversation(conversationId)).QueueChanged(snapshot);
        }
        catch (Exception exception)
        {
            // Tabs read the queue again when they join (every reconnect does).
            logger.LogWarning(exception, "Could not broadcast the queue of conversation {ConversationId}", conversationId);
        }
    }

    /// <summary>The queue as it stands in the caller's transaction (or now): the waiting messages, oldest first.</summary>
    public static async Task<QueueChanged> ReadAsync(BatonDbContext db, Guid conversationId, CancellationToken cancellationToken)
    {
        var revision = await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.QueueRevision).SingleAsync(cancellationToken);
        var messages = await db.QueuedMessages.AsNoTracking()
            .Where(m => m.ConversationId == conversationId && m.StartedAt == null)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .Select(m => new QueuedMessage(m.Id, m.ConversationId, m.Content, m.AttachmentIds, m.CreatedAt, m.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new QueueChanged(conversationId, revision, messages);
    }
}
