using System.Data;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Queue;
using Baton.Contracts.Conversations;
using Baton.Contracts.Hubs;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Conversations;

/// <summary>
/// Catch-up for <c>conversation:join</c>: the stored events after a seq, each through its own wire
/// event, from one snapshot that also gives the seq they reach. The caller joined the room first, so
/// whatever is stored later arrives live; a browser drops a seq it has already seen. The queued messages
/// come from the same snapshot.
/// </summary>
public sealed class ConversationReplayer(BatonDbContext db)
{
    private const int PageSize = 500;

    public async Task<JoinConversationResult> ReplayAsync(Guid conversationId, long afterSeq, IChatClient caller, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            var lastSeq = await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.LastSeq).SingleAsync(ct);
            var activeRequestId = await db.Runs
                .Where(r => r.ConversationId == conversationId && (r.Status == RunStatus.Dispatched || r.Status == RunStatus.Running))
                .Select(r => (Guid?)r.Id)
                .SingleOrDefaultAsync(ct);
            for (var seq = afterSeq; seq < lastSeq;)
            {
                var after = seq;
                var page = await db.ConversationEvents.AsNoTracking()
                    .Where(e => e.ConversationId == conversationId && e.Seq > after && e.Seq <= lastSeq)
                    .OrderBy(e => e.Seq)
                    .Take(PageSize)
                    .Select(e => new { e.Seq, e.Type, e.Payload })
                    .ToListAsync(ct);
                if (page.Count == 0)
                {
                    break;
                }

                foreach (var stored in page)
                {
                    await ChatEvents.SendAsync(caller, ChatEvents.Deserialize(stored.Type, stored.Payload));
                }

                seq = page[^1].Seq;
            }

            var queue = await QueueBroadcaster.ReadAsync(db, conversationId, ct);
            await transaction.CommitAsync(ct);
            return new JoinConversationResult(lastSeq, activeRequestId, queue);
        }, cancellationToken);
    }
}
