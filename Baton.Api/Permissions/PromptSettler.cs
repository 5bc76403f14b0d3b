using Baton.Api.Bridges;
using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Runs;
using Baton.Api.Telemetry;
using Baton.Contracts.Permissions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Baton.Api.Permissions;

/// <summary>
/// Settles a pending prompt outside its run's stream (a person's answer, expiry): the first settlement wins.
/// A prompt this instance stored (<see cref="OpenPrompts"/>) is decided on as stored, and settled in one statement
/// (<see cref="SettlementStatement"/>) if it is still pending: one round trip, no transaction. Otherwise, or when the
/// answer also stores rules or a mode, the prompt is locked first (its run, then its assistant message, then the prompt,
/// then the conversation's counter: the order every writer takes them in, so an answer given while its run streams never
/// waits on the run stream's writer in a circle), and decided on as locked. Then the bridge and the room are told.
/// The answer's stored content is not rewritten: the resolution is in the event log after what the content
/// holds (<see cref="Data.Entities.Message.ContentSeq"/>), as deferred deltas are, and the run's next full write takes it in.
/// </summary>
public sealed class PromptSettler(
    BatonDbContext db,
    PermissionRulebook rulebook,
    ConversationBroadcaster broadcaster,
    ConversationNotifier notifier,
    BridgeCommandBus commands,
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
        var settled = await SettleOpenAsync(promptId, ownerId, decide, cancellationToken)
            ?? await SettleLockedAsync(promptId, ownerId, decide, cancellationToken);
        if (settled is not null)
        {
            openPrompts.Forget(promptId);
            await PublishAsync(settled, cancellationToken);
        }

        return settled;
    }

    /// <summary>
    /// The usual answer, to a prompt stored here and still held: null when it is not held, the answer also stores rules or
    /// a mode, or the prompt is no longer as held (the locked way then settles it as stored, or says why it cannot).
    /// </summary>
    private async Task<SettledPrompt?> SettleOpenAsync(
        Guid promptId, Guid? ownerId, Func<StoredPrompt, DateTimeOffset, PromptSettlement?> decide, CancellationToken cancellationToken)
    {
        if (openPrompts.Find(promptId) is not { } open)
        {
            return null;
        }

        var now = time.GetStoredUtcNow();
        PromptSettlement? settlement;
        try
        {
            settlement = decide(open.Prompt, now);
        }
        catch (HubException)
        {
            // A refusal is given with the prompt as stored, which the locked way reads.
            return null;
        }

        if (settlement is null || settlement.Rules.Count > 0 || settlement.Mode is not null)
        {
            return null;
        }

        var prompt = open.Prompt;
        var heldFold = folds.Take(prompt.RunId);
        (PermissionResolved Resolution, int ContentVersion)? stored = null;
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            stored = await SettlementStatement.ApplyAsync(db, prompt, ownerId, Resolution(prompt, settlement), settlement, now, cancellationToken);
        }
        catch (NpgsqlException) when (!cancellationToken.IsCancellationRequested)
        {
            // Not retried here: the locked way retries, and reports what stays broken.
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
            Return(heldFold, prompt.RunId, stored);
        }

        return stored is var (resolution, _) ? Settled(open, resolution, settlement, now, modeChanged: false) : null;
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

            var stored = await SettlementStatement.ApplyAsync(db, prompt, ownerId, Resolution(prompt, settlement), settlement, now, ct)
                ?? throw new InvalidOperationException($"Prompt {promptId}, locked and pending, was not settled.");
            await transaction.CommitAsync(ct);
            Return(heldFold, prompt.RunId, stored);
            return Settled(target, stored.Resolution, settlement, now, settlement.Mode is not null);
        }, cancellationToken);
    }

    private static PermissionResolved Resolution(StoredPrompt prompt, PromptSettlement settlement) =>
        new(prompt.ConversationId, 0, prompt.Id, settlement.Decision.ToWire(), settlement.By.ToWire(), settlement.Mode?.ToWire())
        {
            Answers = settlement.Answers,
        };

    /// <summary>
    /// Gives a fold taken before the settlement back, with the resolution once stored, if nobody else wrote the answer
    /// meanwhile (then the fold would lack what they wrote, and is let go).
    /// </summary>
    private void Return(RunFold? heldFold, Guid runId, (PermissionResolved Resolution, int ContentVersion)? stored)
    {
        if (heldFold is null)
        {
            return;
        }

        if (stored is not var (resolution, contentVersion))
        {
            folds.Return(runId, heldFold);
        }
        else if (heldFold.StoredVersion == contentVersion - 1)
        {
            heldFold.Content.ResolvePermission(resolution);
            heldFold.StoredVersion = contentVersion;
            heldFold.DeferredSince ??= time.GetTimestamp();
            folds.Return(runId, heldFold);
        }
    }

    private static SettledPrompt Settled(LockedPrompt target, PermissionResolved resolution, PromptSettlement settlement, DateTimeOffset now, bool modeChanged) =>
        new(target.Prompt.Id, target.Prompt.ConversationId, target.BridgeId, [resolution], target.Prompt.CreatedAt, now, settlement.Response, modeChanged);

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
