using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Permissions;
using Baton.Contracts.Chat;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Npgsql;

namespace Baton.Api.Runs;

/// <summary>
/// The relay's usual drain: every run in it only streams deltas, or asks permissions, into an answer whose fold this
/// instance holds. Nothing needs reading, so one guarded statement stores the drain without a transaction: four round
/// trips become one, on the path of every streamed word and every prompt. The deltas and prompts wait in the event log,
/// as <see cref="AnswerContentWriter"/> lets them; an answer that has lacked them long enough is written in that
/// statement too, with its fold's content. Prompts are decided on the project's permissions as the fold kept them from
/// the run's last locked drain (its start, say), which read them with the locks.
/// If a run ended, another instance stored items of it since its fold was held, a prompt is stored already (sent again)
/// or its project's permissions changed, that statement stores nothing, the folds are let go, and the recorder stores the
/// drain its usual way, reading the answers back. Another writer of an answer (a settled prompt) leaves the fold behind
/// its stored version: the statement then leaves that answer as it is (the deltas are in the log after what it holds),
/// and its fold is let go, to be read back.
/// </summary>
public sealed class GuardedDrain(
    ConversationEventLog log, RelayConnections connections, RunFolds folds, OpenPrompts openPrompts, TurnPrompts prompts, TimeProvider time)
{
    /// <summary>What was stored for each run, as <see cref="RunRecorder.RecordAsync"/> says; null when this drain is not one of deltas and prompts only, or changed meanwhile.</summary>
    public async Task<IReadOnlyDictionary<Guid, RecordedBatch>?> TryRecordAsync(IReadOnlyList<RunWrite> writes, CancellationToken cancellationToken)
    {
        if (!AllGuardable(writes))
        {
            return null;
        }

        var held = new List<(RunTurn Turn, List<RunItem> Fresh)>(writes.Count);
        foreach (var write in writes)
        {
            // A second write of the same run (another bridge naming it) finds its fold taken, and the drain goes the usual way.
            var fold = folds.Take(write.RunId);
            var fresh = fold?.Run.BridgeId == write.BridgeId ? write.ItemsAfter(fold.BridgeSeq) : [];
            if (fresh.Count == 0)
            {
                // Untouched, the folds taken so far are as good as before.
                foreach (var untouched in held.Select(taken => taken.Turn.Fold).Append(fold).OfType<RunFold>())
                {
                    folds.Return(untouched.Run.RunId, untouched);
                }

                return null;
            }

            held.Add((RunTurn.Unlocked(fold!), fresh));
        }

        // From here the folds hold what is not stored yet: they are kept again only once it is.
        foreach (var (turn, fresh) in held)
        {
            Apply(turn, fresh);
        }

        var turns = held.Select(taken => taken.Turn).ToList();
        var appends = turns.Select(turn => new ConversationAppend(turn.Run.ConversationId, turn.Events));
        var marks = held.Select(taken => new RunMark(taken.Turn.Run.Id, taken.Fresh[^1].BridgeSeq));
        var guard = new AppendGuard(
            [.. turns.Select(turn => new RunGuard(turn.Run.Id, turn.Run.BridgeId, turn.Fold.BridgeSeq))],
            [.. turns.Where(turn => turn.NewPrompts.Count > 0).Select(turn => turn.Permissions).DistinctBy(permissions => permissions.ProjectId)]);
        var due = turns.Select(turn => turn.Fold).Where(fold => !AnswerContentWriter.MayDefer(fold, time)).ToHashSet();
        var answers = due.Select(fold => new AnswerWrite(fold.Run.AssistantMessageId, fold.Run.ConversationId, fold.StoredVersion, fold.Content.ToText()));
        var opened = turns.SelectMany(turn => turn.NewPrompts).ToList();
        if (await TryAppendAsync([.. appends], [.. marks], guard, [.. answers], opened, cancellationToken) is not { } stored)
        {
            return null;
        }

        var recorded = new Dictionary<Guid, RecordedBatch>(held.Count);
        for (var index = 0; index < held.Count; index++)
        {
            var (turn, fresh) = held[index];
            var (run, fold) = (turn.Run, turn.Fold);
            fold.BridgeSeq = fresh[^1].BridgeSeq;
            recorded[run.Id] = new RecordedBatch(
                run.Id, run.ConversationId, run.BridgeId, stored.Events[index], fold.BridgeSeq, turn.AnsweredPromptIds, turn.PromptWaits, null);
            openPrompts.Track(turn);
            if (!due.Contains(fold))
            {
                fold.DeferredSince ??= time.GetTimestamp();
                folds.Keep(fold);
            }
            else if (stored.WrittenAnswers.Contains(run.AssistantMessageId))
            {
                fold.StoredVersion++;
                fold.DeferredSince = null;
                folds.Keep(fold);
            }

            // Otherwise someone else wrote the answer since the fold read it: the fold is let go, and read back next time.
        }

        return recorded;
    }

    // By index: a foreach over the interface would allocate its enumerator, for every run of every drain.
    private static bool AllGuardable(IReadOnlyList<RunWrite> writes)
    {
        for (var write = 0; write < writes.Count; write++)
        {
            var items = writes[write].Items;
            for (var index = 0; index < items.Count; index++)
            {
                if (!IsGuardable(items[index]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsGuardable(RunItem item) => item is PermissionRequested || (item is RunLine line && CliLineInterpreter.IsDelta(line.Line));

    /// <summary>
    /// A statement that fails (a connection broken by a restart, say) is not retried here: the usual way retries
    /// it, and reports what stays broken.
    /// </summary>
    private async Task<GuardedAppend?> TryAppendAsync(
        List<ConversationAppend> appends, List<RunMark> marks, AppendGuard guard, List<AnswerWrite> answers, List<StoredPrompt> opened,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            return await log.TryAppendGuardedAsync(connection, appends, marks, guard, answers, opened, cancellationToken);
        }
        catch (NpgsqlException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private void Apply(RunTurn turn, List<RunItem> fresh)
    {
        var run = turn.Run;
        foreach (var item in fresh)
        {
            if (item is PermissionRequested request)
            {
                prompts.Open(turn, request);
                continue;
            }

            var line = (RunLine)item;
            foreach (var delta in CliLineInterpreter.Interpret(line.Line, turn.Cursor, turn.Content))
            {
                turn.Content.Apply(delta);
                turn.Add(new ChatStreamResponse(run.ConversationId, 0, run.Id, run.AssistantMessageId, delta), line.BridgeSeq);
            }
        }
    }
}
