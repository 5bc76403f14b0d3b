using Baton.Api.Bridges;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Contracts.Errors;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Runs;

/// <summary>
/// <c>claude:abort</c> from a browser: the request is stored on the run, then the instance holding the
/// bridge delivers it. The run ends when the bridge reports <c>claude:aborted</c>.
/// </summary>
public sealed class RunAborter(BatonDbContext db, BridgeCommandBus commands, TimeProvider time)
{
    public async Task RequestAsync(Guid userId, Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.Runs.AsNoTracking()
            .Where(r => r.Id == runId && db.Conversations.Any(c => c.Id == r.ConversationId && c.OwnerId == userId))
            .Select(r => new { r.BridgeId, r.Status })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw HubErrors.Create(ErrorCodes.NotFound, "The run was not found.");
        if (!RunRecorder.IsActive(run.Status))
        {
            return;
        }

        var now = time.GetStoredUtcNow();
        await db.Runs
            .Where(r => r.Id == runId && r.AbortRequestedAt == null && (r.Status == RunStatus.Dispatched || r.Status == RunStatus.Running))
            .ExecuteUpdateAsync(setters => setters.SetProperty(r => r.AbortRequestedAt, now), cancellationToken);
        await commands.NotifyAsync(new BridgeCommand(run.BridgeId, BridgeCommand.AbortKind, runId));
    }
}
