using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Inbox;

/// <summary>Takes a failed run out of its owner's inbox, in every tab.</summary>
public sealed class FailedRunDismissal(BatonDbContext db, InboxAnnouncer announcer, TimeProvider time)
{
    /// <summary>False when the person has no failed run of this id; dismissing one twice is no error.</summary>
    public async Task<bool> DismissAsync(Guid ownerId, Guid runId, CancellationToken cancellationToken)
    {
        var conversationId = await db.Runs.AsNoTracking()
            .Where(r => r.Id == runId && r.Status == RunStatus.Failed)
            .Join(db.Conversations.Where(c => c.OwnerId == ownerId), r => r.ConversationId, c => c.Id, (r, c) => (Guid?)c.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (conversationId is not { } conversation)
        {
            return false;
        }

        var now = time.GetStoredUtcNow();
        await db.Runs.Where(r => r.Id == runId && r.InboxDismissedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(r => r.InboxDismissedAt, now), cancellationToken);
        announcer.Announce(ownerId, conversation);
        return true;
    }
}
