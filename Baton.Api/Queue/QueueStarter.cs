using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Runs;
using Baton.Contracts.Chat;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Queue;

/// <summary>
/// Starts a conversation's oldest queued message as a run when no run is busy. The claim is taken under
/// the conversation row's lock and only while no other claim is in flight, so however many instances
/// see a run end at once, one message starts, and in order. A claim is in flight until its run is stored
/// (the run takes the message's id as its client message id), not until the claim names the run: a run
/// that ends before that would otherwise find its own claim in the way and leave the queue waiting.
/// </summary>
public sealed class QueueStarter(BatonDbContext db, RunDispatcher dispatcher, QueueBroadcaster broadcaster, TimeProvider time, ILogger<QueueStarter> logger)
{
    /// <summary>A claim older than this whose run never got stored (its instance went away) no longer holds the queue.</summary>
    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(1);

    /// <summary>Starts the oldest waiting message, or <paramref name="only"/> that one (sent now by hand), if no run is busy.</summary>
    public async Task StartNextAsync(Guid conversationId, CancellationToken cancellationToken, Guid? only = null)
    {
        if (await ClaimNextAsync(conversationId, only, cancellationToken) is not { } claim)
        {
            return;
        }

        await broadcaster.NotifyAsync(conversationId, cancellationToken);
        var request = new SendMessageRequest(conversationId, claim.Message.Id, claim.Message.Content, claim.Message.AttachmentIds, null, null);
        try
        {
            var started = await dispatcher.SendAsync(claim.OwnerId, request, cancellationToken);
            await db.QueuedMessages.Where(m => m.Id == claim.Message.Id)
                .ExecuteUpdateAsync(setters => setters.SetProperty(m => m.RunId, started.RequestId), cancellationToken);
        }
        catch (HubException exception)
        {
            // Not started (another run won, or the bridge is away): it waits again, visible and editable.
            logger.LogInformation("Queued message {QueuedMessageId} did not start: {Reason}", claim.Message.Id, exception.Message);
            await db.QueuedMessages.Where(m => m.Id == claim.Message.Id)
                .ExecuteUpdateAsync(setters => setters.SetProperty(m => m.StartedAt, (DateTimeOffset?)null), cancellationToken);
            await broadcaster.NotifyAsync(conversationId, cancellationToken);
        }
    }

    private async Task<Claim?> ClaimNextAsync(Guid conversationId, Guid? only, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = time.GetStoredUtcNow();
            var conversation = await db.Conversations
                .FromSql($"SELECT * FROM conversations WHERE id = {conversationId} FOR UPDATE")
                .AsNoTracking()
                .Select(c => new { c.OwnerId })
                .SingleOrDefaultAsync(ct);
            var staleBefore = now - ClaimLifetime;
            if (conversation is null
                || await db.Runs.AnyAsync(r => r.ConversationId == conversationId
                    && (r.Status == RunStatus.Dispatched || r.Status == RunStatus.Running), ct)
                || await db.QueuedMessages.AnyAsync(m => m.ConversationId == conversationId
                    && m.StartedAt != null && m.StartedAt > staleBefore && m.RunId == null
                    && !db.Runs.Any(r => r.ConversationId == conversationId && r.ClientMessageId == m.Id.ToString()), ct))
            {
                return null;
            }

            var next = await db.QueuedMessages
                .Where(m => m.ConversationId == conversationId && m.StartedAt == null && (only == null || m.Id == only))
                .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
                .FirstOrDefaultAsync(ct);
            if (next is null)
            {
                return null;
            }

            next.StartedAt = now;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new Claim(conversation.OwnerId, next);
        }, cancellationToken);
    }

    private sealed record Claim(Guid OwnerId, StoredQueuedMessage Message);
}
