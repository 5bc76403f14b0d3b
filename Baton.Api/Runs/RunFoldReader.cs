using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Runs;

/// <summary>
/// Reads a run's answer back when this instance holds no current fold of it: the stored content, then the
/// run's deltas the event log holds beyond it.
/// </summary>
public sealed class RunFoldReader(BatonDbContext db)
{
    /// <summary>The run's answer as stored, holding everything up to the run's mark <paramref name="bridgeSeq"/>.</summary>
    public async Task<RunFold> ReadAsync(Run run, int storedVersion, long bridgeSeq, ProjectPermissions permissions, CancellationToken cancellationToken)
    {
        var stored = await db.Messages.AsNoTracking()
            .Where(m => m.Id == run.AssistantMessageId)
            .Select(m => new { m.Content, m.ContentSeq })
            .SingleAsync(cancellationToken);
        var content = AssistantContent.Read(stored.Content);
        if (stored.ContentSeq is not { } storedUpTo)
        {
            return new RunFold(RunKeys.Of(run), content, storedVersion, bridgeSeq, deferredSince: null, permissions);
        }

        var later = await db.ConversationEvents.AsNoTracking()
            .Where(e => e.ConversationId == run.ConversationId && e.Seq > storedUpTo && e.RunId == run.Id)
            .OrderBy(e => e.Seq)
            .Select(e => new { e.Type, e.Payload })
            .ToListAsync(cancellationToken);
        foreach (var logged in later)
        {
            content.Replay(ChatEvents.Deserialize(logged.Type, logged.Payload));
        }

        // Deferred since before this instance knew: the next drain with news stores it all.
        return new RunFold(RunKeys.Of(run), content, storedVersion, bridgeSeq, deferredSince: 0, permissions);
    }
}
