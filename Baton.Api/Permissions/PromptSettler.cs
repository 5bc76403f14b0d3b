using Baton.Api.Bridges;
using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Runs;
using Baton.Api.Telemetry;
using Baton.Contracts.Permissions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Baton.Api.Permissions;

/// <summary>
/// Settles a pending prompt outside its run's stream (a person's answer, expiry): the first settlement wins.
/// A prompt is decided on as this instance holds it (<see cref="OpenPrompts"/>, the prompts it stored) or else as read, and
/// settled in one statement (<see cref="SettlementStatement"/>) if it is still pending: no transaction, and one round trip
/// for a prompt held here, two for one read. That statement runs on a relay connection, whose backend has it prepared.
/// When the answer also stores rules or a mode, or the prompt is no longer as decided on, it is locked first (its run,
/// then its assistant message, then the prompt, then the conversation's counter: the order every writer takes them in,
/// so an answer given while its run streams never waits on the run stream's writer in a circle), and decided on as
/// locked. Then the bridge and the room are told.
/// The answer's stored content is not rewritten: the resolution is in the event log after what the content
/// holds (<see cref="Data.Entities.Message.ContentSeq"/>), as deferred deltas are, and the run's next full write takes it in.
/// </summary>
public sealed class PromptSettler(
    BatonDbContext db,
    PermissionRulebook rulebook,
    ConversationBroadcaster broadcaster,
    ConversationNotifier notifier,
    BridgeCommandBus commands,
    RelayConnections connections,
    RunFolds folds,
    OpenPrompts openPrompts,
    RealtimeTelemetry telemetry,
    TimeProvider time)
{
    /// <summary>
    /// Calls <paramref name="decide"/> with the prompt as stored; it returns null to leave the prompt as
    /// it is, or throws to refuse. Null when nothing was settled, or there is no such prompt (in a
    /// conversation of <paramref name="ownerId"/>, when given).
    /// </summary>
    public async Task<SettledPrompt?> SettleAsync(
        Guid promptId, Guid? ownerId, Func<StoredPrompt, DateTimeOffset, PromptSettlement?> decide, CancellationToken cancellationToken)
    {
        var settled = await SettleUnlockedAsync(promptId, ownerId, decide, cancellationToken)
            ?? await SettleLockedAsync(promptId, ownerId, decide, cancellationToken);
        if (settled is not null)
        {
            openPrompts.Forget(promptId);
            await PublishAsync(settled, cancellationToken);
        }

        return settled;
    }

    /// <summary>
    /// The usual answer: decided on the prompt as this instance holds it (<see cref="OpenPrompts"/>) or else as read, and
    /// settled in one statement if it is still pending. Null when there is no such prompt, the decision refuses or also
    /// stores rules or a mode, the prompt is no longer as decided on, or the store failed: the locked way then settles it
    /// as stored, or says why it cannot.
    /// </summary>
    private async Task<SettledPrompt?> SettleUnlockedAsync(
        Guid promptId, Guid? ownerId, Func<StoredPrompt, DateTimeOffset, PromptSettlement?> decide, CancellationToken cancellationToken)
    {
        try
        {
            if ((openPrompts.Find(promptId) ?? await ReadAsync(promptId, ownerId, cancellationToken)) is not { } open)
            {
                return null;
            }

            var now = time.GetStoredUtcNow();
            if (DecideUnlocked(decide, open.Prompt, now) is not { } settlement)
            {
                return null;
            }

            var prompt = open.Prompt;
            var heldFold = folds.Take(prompt.RunId);
            StoredResolution? stored = null;
            try
            {
                await using var connection = await connections.OpenAsync(cancellationToken);
                await using var command = SettlementStatement.On(connection);
                stored = await SettlementStatement.ApplyAsync(command, prompt, ownerId, Resolution(prompt, settlement), settlement, now, cancellationToken);
            }
            finally
            {
                folds.ReturnSettled(heldFold, stored);
            }

            return stored is null ? null : Settled(open, stored, settlement, now, modeChanged: false);
        }
        catch (Exception exception) when (exception is NpgsqlException or RetryLimitExceededException && !cancellationToken.IsCancellationRequested)
        {
            // Not retried here: the locked way retries, and reports what stays broken.
            return null;
        }
    }

    /// <summary>
    /// What an answer settles a prompt with when nothing needs locking; null when it leaves the prompt as it is, refuses
    /// (a refusal is given with the prompt as locked), or also stores rules or a mode.
    /// </summary>
    private static PromptSettlement? DecideUnlocked(Func<StoredPrompt, DateTimeOffset, PromptSettlement?> decide, StoredPrompt prompt, DateTimeOffset now)
    {
        try
        {
            return decide(prompt, now) is { Rules.Count: 0, Mode: null } settlement ? settlement : null;
        }
        catch (HubException)
        {
            return null;
        }
    }

    private async Task<SettledPrompt?> SettleLockedAsync(
        Guid promptId, Guid? ownerId, Func<StoredPrompt, DateTimeOffset, PromptSettlement?> decide, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
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

            await using var command = SettlementStatement.InTransaction(db);
            var stored = await SettlementStatement.ApplyAsync(command, prompt, ownerId, Resolution(prompt, settlement), settlement, now, ct)
                ?? throw new InvalidOperationException($"Prompt {promptId}, locked and pending, was not settled.");
            await transaction.CommitAsync(ct);
            folds.ReturnSettled(heldFold, stored);
            return Settled(target, stored, settlement, now, settlement.Mode is not null);
        }, cancellationToken);
    }

    private static PermissionResolved Resolution(StoredPrompt prompt, PromptSettlement settlement) =>
        new(prompt.ConversationId, 0, prompt.Id, settlement.Decision.ToWire(), settlement.By.ToWire(), settlement.Mode?.ToWire())
        {
            Answers = settlement.Answers,
        };

    private static SettledPrompt Settled(SettlementTarget target, StoredResolution stored, PromptSettlement settlement, DateTimeOffset now, bool modeChanged) =>
        new(target.Prompt.Id, target.Prompt.ConversationId, target.BridgeId, stored, target.Prompt.CreatedAt, now, settlement.Response, modeChanged);

    /// <summary>
    /// Locks the prompt's run, then its answer, then the prompt (a row's locks are taken in the order of the
    /// locking clauses, the order every writer takes them in), and reads the prompt as locked and where it belongs,
    /// in one round trip.
    /// NO KEY UPDATE, as the run stream's writer takes it: neither blocks the key-share locks of rows that refer to the run.
    /// The prompt comes from the locking statement, so as it stands once locked; the rest never changes.
    /// </summary>
    private Task<SettlementTarget?> LockAsync(Guid promptId, Guid? ownerId, CancellationToken cancellationToken) =>
        FindAsync(db.InteractivePrompts.FromSql($"""
            SELECT p.* FROM interactive_prompts AS p
            JOIN runs AS r ON r.id = p.run_id
            JOIN messages AS m ON m.id = r.assistant_message_id
            WHERE p.id = {promptId} FOR NO KEY UPDATE OF r FOR UPDATE OF m FOR UPDATE OF p
            """).AsNoTracking(), ownerId, cancellationToken);

    private Task<SettlementTarget?> ReadAsync(Guid promptId, Guid? ownerId, CancellationToken cancellationToken) =>
        FindAsync(db.InteractivePrompts.AsNoTracking().Where(prompt => prompt.Id == promptId), ownerId, cancellationToken);

    /// <summary>The prompt with where it belongs, if it is in a conversation of <paramref name="ownerId"/> (when given).</summary>
    private Task<SettlementTarget?> FindAsync(IQueryable<StoredPrompt> prompts, Guid? ownerId, CancellationToken cancellationToken) =>
        (from prompt in prompts
         join run in db.Runs on prompt.RunId equals run.Id
         join conversation in db.Conversations on prompt.ConversationId equals conversation.Id
         where ownerId == null || conversation.OwnerId == ownerId
         select new SettlementTarget(prompt, run.AssistantMessageId, run.BridgeId, conversation.ProjectId))
        .SingleOrDefaultAsync(cancellationToken);

    private async Task PublishAsync(SettledPrompt settled, CancellationToken cancellationToken)
    {
        telemetry.RecordPromptWait(settled.SettledAt - settled.OpenedAt);
        // The bridge first: the tool call waits on it, while the room only shows the answer.
        if (settled.Response is { } response)
        {
            await commands.DeliverAnswerAsync(settled.BridgeId, response, settled.Resolution);
        }

        await broadcaster.BroadcastAsync(settled.ConversationId, [settled.Resolution.Event]);

        if (settled.ModeChanged
            && await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == settled.ConversationId, cancellationToken) is { } conversation)
        {
            await notifier.UpdatedAsync(conversation);
        }
    }
}
