using Baton.Api.Conversations;
using Baton.Contracts.Chat;
using Baton.Contracts.Runs;
using Npgsql;

namespace Baton.Api.Runs;

/// <summary>
/// The relay's usual drain: every run in it only streams deltas into an answer whose fold this instance
/// holds. Nothing needs reading, so one guarded statement stores the drain without a transaction: four round
/// trips become one. The deltas wait in the event log, as <see cref="AnswerContentWriter"/> lets them; an answer
/// that has lacked them long enough is written in that statement too, with its fold's content.
/// If a run ended or another instance stored items of it since its fold was held, that statement stores nothing,
/// the folds are let go, and the recorder stores the drain its usual way, reading the answers back. Another writer
/// of an answer (a settled prompt) leaves the fold behind its stored version: the statement then leaves that answer
/// as it is (the deltas are in the log after what it holds), and its fold is let go, to be read back.
/// </summary>
public sealed class DeltaDrain(ConversationEventLog log, RunFolds folds, TimeProvider time)
{
    /// <summary>What was stored for each run, as <see cref="RunRecorder.RecordAsync"/> says; null when this drain is not one of deltas only, or changed meanwhile.</summary>
    public async Task<IReadOnlyDictionary<Guid, RecordedBatch>?> TryRecordAsync(IReadOnlyList<RunWrite> writes, CancellationToken cancellationToken)
    {
        if (!writes.All(write => write.Items.All(item => item is RunLine line && CliLineInterpreter.IsDelta(line.Line)))
            || writes.DistinctBy(write => write.RunId).Count() < writes.Count)
        {
            return null;
        }

        var held = new List<(RunFold Fold, List<RunItem> Fresh)>(writes.Count);
        foreach (var write in writes)
        {
            var fold = folds.Take(write.RunId);
            var fresh = fold?.Run.BridgeId == write.BridgeId ? write.ItemsAfter(fold.BridgeSeq) : [];
            if (fresh.Count == 0)
            {
                // Untouched, the folds taken so far are as good as before.
                foreach (var untouched in held.Select(taken => taken.Fold).Append(fold).OfType<RunFold>())
                {
                    folds.Return(untouched.Run.RunId, untouched);
                }

                return null;
            }

            held.Add((fold!, fresh));
        }

        // From here the folds hold what is not stored yet: they are kept again only once it is.
        var appends = held.Select(taken => new ConversationAppend(taken.Fold.Run.ConversationId, Fold(taken.Fold, taken.Fresh))).ToList();
        var guards = held.Select(taken => new RunGuard(taken.Fold.Run.RunId, taken.Fold.Run.BridgeId, taken.Fold.BridgeSeq));
        var marks = held.Select(taken => new RunMark(taken.Fold.Run.RunId, taken.Fresh[^1].BridgeSeq));
        var due = held.Select(taken => taken.Fold).Where(fold => !AnswerContentWriter.MayDefer(fold, time)).ToHashSet();
        var answers = due.Select(fold => new AnswerWrite(fold.Run.AssistantMessageId, fold.Run.ConversationId, fold.StoredVersion, fold.Content.ToText()));
        if (await TryAppendAsync(appends, [.. marks], [.. guards], [.. answers], cancellationToken) is not { } stored)
        {
            return null;
        }

        var recorded = new Dictionary<Guid, RecordedBatch>(held.Count);
        for (var index = 0; index < held.Count; index++)
        {
            var (fold, fresh) = held[index];
            var run = fold.Run;
            fold.BridgeSeq = fresh[^1].BridgeSeq;
            recorded[run.RunId] = new RecordedBatch(run.RunId, run.ConversationId, run.BridgeId, stored.Events[index], fold.BridgeSeq, [], [], null);
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

    /// <summary>
    /// A statement that fails (a connection broken by a restart, say) is not retried here: the usual way retries
    /// it, and reports what stays broken.
    /// </summary>
    private async Task<GuardedAppend?> TryAppendAsync(
        List<ConversationAppend> appends, List<RunMark> marks, List<RunGuard> guards, List<AnswerWrite> answers, CancellationToken cancellationToken)
    {
        try
        {
            return await log.TryAppendGuardedAsync(appends, marks, guards, answers, cancellationToken);
        }
        catch (NpgsqlException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static List<PendingEvent> Fold(RunFold fold, List<RunItem> deltas)
    {
        var run = fold.Run;
        var events = new List<PendingEvent>(deltas.Count);
        foreach (var line in deltas.Cast<RunLine>())
        {
            foreach (var delta in CliLineInterpreter.Interpret(line.Line, fold.Cursor, fold.Content))
            {
                fold.Content.Apply(delta);
                events.Add(new PendingEvent(new ChatStreamResponse(run.ConversationId, 0, run.RunId, run.AssistantMessageId, delta), run.RunId, line.BridgeSeq));
            }
        }

        return events;
    }
}
