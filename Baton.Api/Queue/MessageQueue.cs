using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Contracts.Chat;
using Baton.Contracts.Errors;
using Baton.Contracts.Queue;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Baton.Api.Queue;

/// <summary>
/// A conversation's queued messages: stored when sent during a run, edited and removed until they
/// start. Every change bumps the conversation's queue revision and sends the whole list to its room.
/// A queued message's id is the browser's client message id, so a resend finds it and the run it
/// becomes carries the same id.
/// </summary>
public sealed class MessageQueue(BatonDbContext db, QueueBroadcaster broadcaster, TimeProvider time)
{
    public async Task<QueuedMessage> EnqueueAsync(Guid userId, SendMessageRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetStoredUtcNow();
        var stored = new StoredQueuedMessage
        {
            Id = request.ClientMessageId,
            ConversationId = request.ConversationId,
            Content = request.Content,
            AttachmentIds = [.. request.AttachmentIds],
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.QueuedMessages.Add(stored);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Sent again (a retry after a lost answer): the same message, queued once.
            db.ChangeTracker.Clear();
            return ToContract(await FindOwnAsync(userId, request.ClientMessageId, cancellationToken));
        }

        await broadcaster.NotifyAsync(request.ConversationId, cancellationToken);
        return ToContract(stored);
    }

    /// <summary>The caller's queued message with this id if it has not started; null when there is none or it started.</summary>
    public async Task<QueuedMessage?> FindWaitingAsync(Guid userId, Guid conversationId, Guid id, CancellationToken cancellationToken) =>
        await OwnMessages(userId)
            .Where(m => m.Id == id && m.ConversationId == conversationId && m.StartedAt == null)
            .Select(m => new QueuedMessage(m.Id, m.ConversationId, m.Content, m.AttachmentIds, m.CreatedAt, m.UpdatedAt))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The caller's queued message that has not started; the same coded errors as an edit otherwise.</summary>
    public async Task<QueuedMessage> FindOwnWaitingAsync(Guid userId, Guid id, CancellationToken cancellationToken) =>
        ToContract(await FindOwnAsync(userId, id, cancellationToken));

    public async Task<QueuedMessage> EditAsync(Guid userId, EditQueuedMessageRequest request, CancellationToken cancellationToken)
    {
        var stored = await FindOwnAsync(userId, request.QueuedMessageId, cancellationToken);
        var now = time.GetStoredUtcNow();
        // Conditional, so an edit that loses the race with the message's start changes nothing.
        var changed = await db.QueuedMessages
            .Where(m => m.Id == stored.Id && m.StartedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(m => m.Content, request.Content).SetProperty(m => m.UpdatedAt, now), cancellationToken);
        if (changed == 0)
        {
            throw Started();
        }

        await broadcaster.NotifyAsync(stored.ConversationId, cancellationToken);
        return ToContract(stored) with { Content = request.Content, UpdatedAt = now };
    }

    public async Task RemoveAsync(Guid userId, RemoveQueuedMessageRequest request, CancellationToken cancellationToken)
    {
        var stored = await FindOwnAsync(userId, request.QueuedMessageId, cancellationToken);
        var removed = await db.QueuedMessages
            .Where(m => m.Id == stored.Id && m.StartedAt == null)
            .ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            throw Started();
        }

        await broadcaster.NotifyAsync(stored.ConversationId, cancellationToken);
    }

    /// <summary>The caller's queued message, started or not; <c>queued_message_not_found</c> otherwise, <c>queued_message_started</c> once it started.</summary>
    private async Task<StoredQueuedMessage> FindOwnAsync(Guid userId, Guid id, CancellationToken cancellationToken)
    {
        var stored = await OwnMessages(userId).AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw HubErrors.Create(ErrorCodes.QueuedMessageNotFound, "The queued message was not found.");
        return stored.StartedAt is null ? stored : throw Started();
    }

    private IQueryable<StoredQueuedMessage> OwnMessages(Guid userId) =>
        db.QueuedMessages.Where(m => db.Conversations.Any(c => c.Id == m.ConversationId && c.OwnerId == userId));

    private static Microsoft.AspNetCore.SignalR.HubException Started() =>
        HubErrors.Create(ErrorCodes.QueuedMessageStarted, "The queued message has started already.");

    private static QueuedMessage ToContract(StoredQueuedMessage m) =>
        new(m.Id, m.ConversationId, m.Content, m.AttachmentIds, m.CreatedAt, m.UpdatedAt);
}
