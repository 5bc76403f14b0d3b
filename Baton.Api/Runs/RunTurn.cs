using Baton.Api.Conversations;
using Baton.Api.Data.Entities;
using Baton.Api.Permissions;
using Baton.Contracts.Conversations;
using RunStatus = Baton.Api.Data.Entities.RunStatus;

namespace Baton.Api.Runs;

/// <summary>
/// One run as a recorder transaction holds it: its locked rows (the assistant message attached without
/// its content, which the fold holds), its answer's fold, and what storing its items produced (events
/// to append, prompts opened, answered and waited on, its ending).
/// </summary>
public sealed class RunTurn(Run run, Message message, Conversation conversation, RunFold fold)
{
    public Run Run { get; } = run;
    public Message Message { get; } = message;
    public Conversation Conversation { get; } = conversation;
    public RunFold Fold { get; } = fold;

    public ProjectPermissions Permissions => Fold.Permissions;
    public AssistantContent Content => Fold.Content;
    public RunStreamCursor Cursor => Fold.Cursor;
    public List<PendingEvent> Events { get; } = [];

    /// <summary>Prompts this turn opened, as it leaves them: they are inserted with its events (<see cref="NewPromptRows"/>).</summary>
    public List<StoredPrompt> NewPrompts { get; } = [];
    public List<Guid> AnsweredPromptIds { get; } = [];
    public List<TimeSpan> PromptWaits { get; } = [];
    public RunStatus? EndedAs { get; set; }

    /// <summary>
    /// A turn stored by one guarded statement (<see cref="GuardedDrain"/>): nothing of it is read or locked, so its rows
    /// stand for the run as its fold knows it, still running; they are never attached, so never saved, and nothing such a
    /// turn does writes them. So they are made once per fold, not for every drain of every run (they were a fifteenth of
    /// what the relay allocated), and only the run's mark is brought up to date.
    /// </summary>
    public static RunTurn Unlocked(RunFold fold)
    {
        var (run, message, conversation) = fold.UnlockedRows ??= RowsOf(fold);
        run.LastBridgeSeq = fold.BridgeSeq;
        return new RunTurn(run, message, conversation, fold);
    }

    private static (Run, Message, Conversation) RowsOf(RunFold fold)
    {
        var keys = fold.Run;
        var run = new Run
        {
            Id = keys.RunId,
            BridgeId = keys.BridgeId,
            ConversationId = keys.ConversationId,
            AssistantMessageId = keys.AssistantMessageId,
            Status = RunStatus.Running,
            ClientMessageId = "",
        };
        var message = new Message { Id = keys.AssistantMessageId, ConversationId = keys.ConversationId, Status = MessageStatus.Streaming };
        // A conversation never moves to another project: the one its permissions were read for is its own.
        var conversation = new Conversation { Id = keys.ConversationId, ProjectId = fold.Permissions.ProjectId, Title = "" };
        return (run, message, conversation);
    }

    /// <summary>An event of this turn, its seq still 0: the log numbers it.</summary>
    public void Add(ConversationEvent draft, long? bridgeSeq) => Events.Add(new PendingEvent(draft, Run.Id, bridgeSeq));
}
