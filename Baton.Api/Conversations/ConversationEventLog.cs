using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Conversations;

/// <summary>
/// Appends to a conversation's event log inside the caller's transaction. The counter row bumped
/// here stays locked until that transaction ends, so seqs are strictly increasing and commit in
/// order across API instances.
/// </summary>
public sealed class ConversationEventLog(BatonDbContext db, TimeProvider time)
{
    /// <summary>Adds the events (saved with the caller's next SaveChanges) and returns their payloads in seq order.</summary>
    public async Task<IReadOnlyList<object>> AppendAsync(Guid conversationId, IReadOnlyList<PendingEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return [];
        }

        var lastSeq = (await db.Database
            .SqlQuery<long>($"UPDATE conversations SET last_seq = last_seq + {events.Count} WHERE id = {conversationId} RETURNING last_seq AS \"Value\"")
            .ToListAsync(cancellationToken)).Single();
        var firstSeq = lastSeq - events.Count + 1;
        var now = time.GetStoredUtcNow();
        var payloads = new object[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var seq = firstSeq + i;
            var payload = events[i].CreatePayload(seq);
            payloads[i] = payload;
            db.ConversationEvents.Add(new ConversationEvent
            {
                ConversationId = conversationId,
                Seq = seq,
                RunId = events[i].RunId,
                BridgeSeq = events[i].BridgeSeq,
                Type = ChatEvents.WireTypeOf(payload),
                Payload = ChatEvents.Serialize(payload),
                CreatedAt = now,
            });
        }

        return payloads;
    }
}
