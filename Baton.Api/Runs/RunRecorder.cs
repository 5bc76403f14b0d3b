using System.Text.Json;
using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Permissions;
using Baton.Api.SlashCommands;
using Baton.Contracts.Chat;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Baton.Contracts.Streaming;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Baton.Api.Runs;

/// <summary>
/// Stores what happens in runs, many runs in one transaction: the events derived from the bridges' items
/// (anything at or below a run's high-water mark is a repeat and dropped, anything after a gap waits for
/// the re-send that fills it), the assistant messages as they grow, prompts and their answers by rule,
/// the high-water marks, and each run's one ending. An answer's fold stays in memory between drains
/// (<see cref="RunFolds"/>): a drain that only adds deltas or prompts appends them to the event log and leaves the
/// stored content as it is, for at most its run's <see cref="AnswerContentWriter.DeferralLimitOf">limit</see>; anything else stores it.
/// A drain of such deltas and prompts alone is stored without a transaction, by <see cref="GuardedDrain"/>, unless anything changed meanwhile.
/// Locks the runs with their assistant messages (<see cref="RunLocker"/>), their prompts, then the conversations'
/// counters: the order every writer takes them in.
/// </summary>
public sealed class RunRecorder(
    BatonDbContext db,
    ConversationEventLog log,
    RelayConnections connections,
    RunFolds folds,
    OpenPrompts openPrompts,
    IOptions<PermissionOptions> permissionOptions,
    TimeProvider time)
{
    private readonly TurnPrompts _prompts = new(db, permissionOptions, time);
    private readonly TurnEndings _endings = new(db, new TurnPrompts(db, permissionOptions, time), time);
    private readonly RunLocker _locks = new(db);
    private readonly RunFoldReader _folds = new(db);
    private readonly AnswerContentWriter _content = new(db, time);
    private readonly GuardedDrain _guarded = new(log, connections, folds, openPrompts, new TurnPrompts(db, permissionOptions, time), time);

    /// <summary>
    /// What was stored for each run, by run id. A run that is unknown or belongs to another bridge is
    /// left out: nothing of it is stored or acknowledged.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, RecordedBatch>> RecordAsync(IReadOnlyList<RunWrite> writes, CancellationToken cancellationToken)
    {
        if (await _guarded.TryRecordAsync(writes, cancellationToken) is { } streamed)
        {
            return streamed;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Asked in any item, fresh or repeated: what storing prompts needs is read with the locks, in their round trip.
            var asked = writes.SelectMany(write => write.Items.OfType<PermissionRequested>().Select(request => request.PromptId)).ToList();
            var runs = await _locks.LockAsync([.. writes.Select(write => write.RunId)], asked, ct);
            var recorded = new Dictionary<Guid, RecordedBatch>();
            var growing = new List<(LockedRun Locked, long FoldedUpTo, List<RunItem> Fresh)>();
            foreach (var write in writes)
            {
                if (!runs.TryGetValue(write.RunId, out var locked) || locked.Run.BridgeId != write.BridgeId || recorded.ContainsKey(write.RunId))
                {
                    continue;
                }

                var run = locked.Run;

                var fresh = write.ItemsAfter(run.LastBridgeSeq);
                if (fresh.Count > 0)
                {
                    var foldedUpTo = run.LastBridgeSeq;
                    run.LastBridgeSeq = fresh[^1].BridgeSeq;
                    // A run that already ended takes nothing more; its mark still moves, so the repeats stop.
                    if (IsActive(run.Status))
                    {
                        growing.Add((locked, foldedUpTo, fresh));
                    }
                }

                recorded[run.Id] = Unchanged(run);
            }

            var turns = await OpenTurnsAsync([.. growing.Select(grown => (grown.Locked, grown.FoldedUpTo))], ct);
            foreach (var (locked, _, fresh) in growing)
            {
                var turn = turns[locked.Run.Id];
                foreach (var item in fresh.TakeWhile(_ => turn.EndedAs is null))
                {
                    await ApplyAsync(turn, item, ct);
                }
            }

            foreach (var batch in await CloseTurnsAsync([.. turns.Values], ct))
            {
                recorded[batch.RunId] = batch;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            Committed(turns.Values);
            return recorded;
        }, cancellationToken);
    }

    /// <summary>Ends an active run with an error the API found (refusal, timeout, bridge gone); null when it had ended already.</summary>
    public async Task<RecordedBatch?> FailAsync(Guid runId, string code, string message, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if ((await _locks.LockAsync([runId], askedPromptIds: [], ct)).GetValueOrDefault(runId) is not { } locked || !IsActive(locked.Run.Status))
            {
                return null;
            }

            var run = locked.Run;
            var turn = (await OpenTurnsAsync([(locked, run.LastBridgeSeq)], ct))[run.Id];
            await _endings.EndAsync(turn, new RunFailed(run.Id, 0, code, message, null), bridgeSeq: null, ct);
            var batch = (await CloseTurnsAsync([turn], ct))[0];
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            Committed([turn]);
            return batch;
        }, cancellationToken);
    }

    public static bool IsActive(RunStatus status) => status is RunStatus.Dispatched or RunStatus.Running;

    private static RecordedBatch Unchanged(Run run) =>
        new(run.Id, run.ConversationId, run.BridgeId, [], run.LastBridgeSeq, [], [], null);

    /// <summary>After a commit: the turns' folds and the prompts they left open are held for what comes next.</summary>
    private void Committed(IReadOnlyCollection<RunTurn> turns)
    {
        folds.KeepGoing(turns);
        foreach (var turn in turns)
        {
            openPrompts.Track(turn);
        }
    }

    /// <summary>
    /// The locked runs' turns: each with its answer's fold (read back only when this instance holds no current one),
    /// holding everything up to the mark given with it.
    /// </summary>
    private async Task<Dictionary<Guid, RunTurn>> OpenTurnsAsync(IReadOnlyList<(LockedRun Locked, long FoldedUpTo)> runs, CancellationToken cancellationToken)
    {
        var conversations = new Dictionary<Guid, Conversation>();
        var turns = new Dictionary<Guid, RunTurn>(runs.Count);
        foreach (var ((run, answer), foldedUpTo) in runs)
        {
            RunFold fold;
            if (folds.Take(run.Id) is { } held && held.IsCurrent(answer.ContentVersion, foldedUpTo))
            {
                // Held since an earlier drain: the project's permissions are as locked now.
                held.Permissions = answer.Permissions;
                fold = held;
            }
            else
            {
                fold = await _folds.ReadAsync(run, answer.ContentVersion, foldedUpTo, answer.Permissions, cancellationToken);
            }

            // Both attached as they are stored, without reading them: only what the recorder sets is written.
            var message = new Message { Id = run.AssistantMessageId, ConversationId = run.ConversationId, Status = MessageStatus.Streaming };
            db.Messages.Attach(message);
            if (!conversations.TryGetValue(run.ConversationId, out var conversation))
            {
                conversation = new Conversation
                {
                    Id = run.ConversationId,
                    ProjectId = answer.Permissions.ProjectId,
                    Title = "",
                    ClaudeSessionId = answer.ClaudeSessionId,
                    TranscriptOffset = answer.TranscriptOffset,
                    TranscriptTipUuid = answer.TranscriptTipUuid,
                };
                db.Conversations.Attach(conversation);
                conversations[run.ConversationId] = conversation;
            }

            turns[run.Id] = new RunTurn(run, message, conversation, fold);
        }

        return turns;
    }

    private async Task ApplyAsync(RunTurn turn, RunItem item, CancellationToken cancellationToken)
    {
        switch (item)
        {
            case RunLine line:
                ApplyLine(turn, line);
                break;
            case PermissionRequested request:
                _prompts.Open(turn, request);
                break;
            case PermissionCancelled cancellation:
                await _prompts.CancelAsync(turn, cancellation, cancellationToken);
                break;
            case RunCompleted or RunFailed or RunAborted:
                await _endings.EndAsync(turn, item, item.BridgeSeq, cancellationToken);
                break;
        }

        if (turn.Run.Status == RunStatus.Dispatched && turn.EndedAs is null)
        {
            turn.Run.Status = RunStatus.Running;
        }
    }

    private void ApplyLine(RunTurn turn, RunLine line)
    {
        foreach (var streamEvent in CliLineInterpreter.Interpret(line.Line, turn.Cursor, turn.Content))
        {
            turn.Content.Apply(streamEvent);
            // Stored at once, so a run cut off before its result can still be resumed.
            if (streamEvent is SystemEvent { Subtype: SystemSubtypes.Init, SessionId: { Length: > 0 } sessionId })
            {
                turn.Conversation.UseSession(sessionId);
            }

            if (streamEvent is SystemEvent { Subtype: SystemSubtypes.Init, Raw: { } initLine } && SlashCommandList.FromInitLine(initLine) is { } commands)
            {
                turn.Conversation.SlashCommands = JsonSerializer.SerializeToElement(commands, JsonSerializerOptions.Web);
            }

            var run = turn.Run;
            turn.Add(new ChatStreamResponse(run.ConversationId, 0, run.Id, run.AssistantMessageId, streamEvent), line.BridgeSeq);
        }
    }

    /// <summary>The run's mark goes with its events, so the save has nothing to write for a run that only streamed.</summary>
    private RunMark MarkStoredByAppend(Run run)
    {
        var mark = db.Entry(run).Property(r => r.LastBridgeSeq);
        mark.OriginalValue = run.LastBridgeSeq;
        mark.IsModified = false;
        return new RunMark(run.Id, run.LastBridgeSeq);
    }

    private async Task<IReadOnlyList<RecordedBatch>> CloseTurnsAsync(IReadOnlyList<RunTurn> turns, CancellationToken cancellationToken)
    {
        var opened = turns.SelectMany(turn => turn.NewPrompts).ToList();
        var events = await log.AppendAsync(
            [.. turns.Select(turn => new ConversationAppend(turn.Run.ConversationId, turn.Events))],
            [.. turns.Select(turn => MarkStoredByAppend(turn.Run))],
            opened,
            cancellationToken);
        var now = time.GetStoredUtcNow();
        for (var index = 0; index < turns.Count; index++)
        {
            _content.Write(turns[index], events[index], now);
        }

        return [.. turns.Select((turn, index) => new RecordedBatch(
            turn.Run.Id, turn.Run.ConversationId, turn.Run.BridgeId, events[index], turn.Run.LastBridgeSeq, turn.AnsweredPromptIds, turn.PromptWaits, turn.EndedAs))];
    }
}
