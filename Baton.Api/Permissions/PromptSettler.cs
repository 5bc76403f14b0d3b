using Baton.Api.Bridges;
using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Runs;
using Baton.Api.Telemetry;
using Baton.Contracts.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Permissions;

/// <summary>
/// Settles a pending prompt outside its run's stream (a person's answer, expiry): the first
/// settlement wins. Locks the run, then its assistant message, then the prompt, then the conversation's
/// counter (the order every writer takes them in, so an answer given while its run streams never waits on
/// the run stream's writer in a circle), stores the decision, then tells the bridge and the room.
/// The answer's stored content is not rewritten: the resolution is in the event log after what the content
/// holds (<see cref="Data.Entities.Message.ContentSeq"/>), as deferred deltas are, and the run's next full write takes it in.
/// </summary>
public sealed class PromptSettler(
    BatonDbContext db,
    ConversationEventLog log,
    PermissionRulebook rulebook,
    ConversationBroadcaster broadcaster,
    ConversationNotifier notifier,
    BridgeCommandBus commands,
    RunFolds folds,
    RealtimeTelemetry telemetry,
    TimeProvider time)
{
    /// <summary>
    /// Calls <paramref name="decide"/> with the locked prompt; it returns null to leave the prompt as
    /// it is, or throws to refuse. Null when nothing was settled, or there is no such prompt (in a
    /// conversation of <paramref name="ownerId"/>, when given).
    /// </summary>
    public async Task<SettledPrompt?> SettleAsync(
        Guid promptId, Guid? ownerId, Func<StoredPrompt, DateTimeOffset, PromptSettlement?> decide, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var settled = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await LockAsync(promptId, ownerId, ct) is not { } target)
            {
                return null;
            }

            var prompt = target.Prompt;
            var now = time.GetStoredUtcNow();
            if (decide(prompt, now) is not { } settlement)
            {
                return null;
            }

            // The recorder of the run cannot take its fold while this holds the answer's lock: taken here and, once
            // committed, given the answer too, it stays current, and the run's next drain need not read the answer back.
            var heldFold = folds.Take(prompt.RunId);
            if (settlement.AnsweredByUserId is { } userId && settlement.Rules.Count > 0)
            {
                await rulebook.AddAsync(target.ProjectId, userId, settlement.Rules, now, ct);
            }

            if (settlement.Mode is { } mode)
            {
                await db.Conversations.Where(c => c.Id == prompt.ConversationId)
                    .ExecuteUpdateAsync(setters => setters.SetProperty(c => c.PermissionMode, mode).SetProperty(c => c.UpdatedAt, now), ct);
            }

            var resolved = new PermissionResolved(prompt.ConversationId, 0, promptId, settlement.Decision.ToWire(), settlement.By.ToWire(), settlement.Mode?.ToWire())
            {
                Answers = settlement.Answers,
            };
            var (events, storedVersion) = await log.AppendThenAsync(
                prompt.ConversationId, [new PendingEvent(resolved, prompt.RunId)], SettlementStatement.For(target, settlement, now), SettlementStatement.ReadVersionAsync, ct);
            await transaction.CommitAsync(ct);
            if (heldFold is not null && heldFold.StoredVersion == storedVersion - 1)
            {
                heldFold.Content.ResolvePermission(resolved);
                heldFold.StoredVersion = storedVersion;
                heldFold.DeferredSince ??= time.GetTimestamp();
                folds.Return(prompt.RunId, heldFold);
            }

            return new SettledPrompt(
                promptId, prompt.ConversationId, target.BridgeId, events, prompt.CreatedAt, now, settlement.Response, settlement.Mode is not null);
        }, cancellationToken);

        if (settled is not null)
        {
            await PublishAsync(settled, cancellationToken);
        }

        return settled;
    }

    /// <summary>
    /// Locks the prompt's run, then its answer, then the prompt (a row's locks are taken in the order of the
    /// locking clauses, the order every writer takes them in), and reads the prompt as locked and where it belongs,
    /// in one round trip.
    /// NO KEY UPDATE, as the run stream's writer takes it: neither blocks the key-share locks of rows that refer to the run.
    /// The prompt comes from the locking statement, so as it stands once locked; the rest never changes.
    /// </summary>
    private async Task<LockedPrompt?> LockAsync(Guid promptId, Guid? ownerId, CancellationToken cancellationToken) =>
        await (
            from prompt in db.InteractivePrompts.FromSql($"""
                SELECT p.* FROM interactive_prompts AS p
                JOIN runs AS r ON r.id = p.run_id
                JOIN messages AS m ON m.id = r.assistant_message_id
                WHERE p.id = {promptId} FOR NO KEY UPDATE OF r FOR UPDATE OF m FOR UPDATE OF p
                """).AsNoTracking()
            join run in db.Runs on prompt.RunId equals run.Id
            join conversation in db.Conversations on prompt.ConversationId equals conversation.Id
            where ownerId == null || conversation.OwnerId == ownerId
            select new LockedPrompt(prompt, run.AssistantMessageId, run.BridgeId, conversation.ProjectId))
            .SingleOrDefaultAsync(cancellationToken);

    private async Task PublishAsync(SettledPrompt settled, CancellationToken cancellationToken)
    {
        telemetry.RecordPromptWait(settled.SettledAt - settled.OpenedAt);
        // The bridge first: the tool call waits on it, while the room only shows the answer.
        if (settled.Response is { } response)
        {
            await commands.DeliverAnswerAsync(settled.BridgeId, response);
        }

        await broadcaster.BroadcastAsync(settled.ConversationId, settled.Events);

        if (settled.ModeChanged
            && await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == settled.ConversationId, cancellationToken) is { } conversation)
        {
            await notifier.UpdatedAsync(conversation);
        }
    }
}
