using Baton.Api.Data;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Permissions;
using Baton.Contracts.Streaming;

namespace Baton.Api.Runs;

/// <summary>
/// Writes a run's answer after a drain appended its events, unless all the drain added are deltas of
/// blocks already stored or prompts (asked or settled by a rule) and the content lacks such events for less than
/// its run's <see cref="DeferralLimitOf">limit</see>: those are in the event log, where history reads them from
/// (<see cref="Data.Entities.Message.ContentSeq"/>). A long answer is then written about once a second, not once a
/// delta, and a permission's round trip does not rewrite the whole answer.
/// </summary>
public sealed class AnswerContentWriter(BatonDbContext db, TimeProvider time)
{
    /// <summary>How long, on average over runs, a streaming answer's stored content may lack deltas that are already in the event log.</summary>
    public static readonly TimeSpan DeferredDeltasLimit = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A run's own limit, from half to one and a half times <see cref="DeferredDeltasLimit"/>, fixed by its id for as long
    /// as this instance runs (the hash is seeded per process; another instance may give the run another limit). Runs that
    /// start streaming together (a burst of prompts) would otherwise all fall due in the same drain, once a second, and
    /// that drain's rewrite of every answer holds up each event stored with it: with 50 runs streaming, no answer written
    /// during the level halved the p99.
    /// </summary>
    public static TimeSpan DeferralLimitOf(RunKeys run) => DeferredDeltasLimit * (0.5 + (uint)HashCode.Combine(run.RunId) % 1000 / 1000.0);

    public void Write(RunTurn turn, IReadOnlyList<ConversationEvent> appended, DateTimeOffset now)
    {
        var fold = turn.Fold;
        if (appended.Count == 0)
        {
            return;
        }

        if (turn.EndedAs is null && appended.All(MayWaitInLog) && MayDefer(fold, time))
        {
            fold.DeferredSince ??= time.GetTimestamp();
            return;
        }

        var message = turn.Message;
        message.Content = turn.Content.ToJson();
        message.ContentSeq = turn.EndedAs is null ? appended[^1].Seq : null;
        message.ContentVersion = fold.StoredVersion + 1;
        message.UpdatedAt = now;
        // The message is attached unread: every column written is marked, whatever EF would compare it with.
        var entry = db.Entry(message);
        entry.Property(m => m.Content).IsModified = true;
        entry.Property(m => m.ContentSeq).IsModified = true;
        entry.Property(m => m.ContentVersion).IsModified = true;
        entry.Property(m => m.UpdatedAt).IsModified = true;
        fold.StoredVersion = message.ContentVersion;
        fold.DeferredSince = null;
    }

    /// <summary>Whether deltas may still wait in the event log only: the stored content lacks none, or not for long yet.</summary>
    public static bool MayDefer(RunFold fold, TimeProvider time) =>
        fold.DeferredSince is not { } since || time.GetElapsedTime(since) < DeferralLimitOf(fold.Run);

    private static bool MayWaitInLog(ConversationEvent appended) =>
        appended is ChatStreamResponse { Event: TextDeltaEvent or ThinkingDeltaEvent or ToolInputDeltaEvent } or InteractivePrompt or PermissionResolved;
}
