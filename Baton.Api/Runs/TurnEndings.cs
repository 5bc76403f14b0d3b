using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Contracts.Chat;
using Baton.Contracts.Errors;
using Baton.Contracts.Runs;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Runs;

/// <summary>
/// A run's one ending, as its turn records it: its prompts still open are cancelled, the run and its answer take
/// the ending's status, and the event that says how it ended is added (a completion, a coded error, an abort).
/// </summary>
public sealed class TurnEndings(BatonDbContext db, TurnPrompts prompts, TimeProvider time)
{
    public async Task EndAsync(RunTurn turn, RunItem ending, long? bridgeSeq, CancellationToken cancellationToken)
    {
        var run = turn.Run;
        var message = turn.Message;
        var stillOpen = await db.InteractivePrompts
            .FromSql($"SELECT * FROM interactive_prompts WHERE run_id = {run.Id} AND status = {nameof(PromptStatus.Pending)} FOR UPDATE")
            .ToListAsync(cancellationToken);
        foreach (var prompt in stillOpen.Concat(turn.NewPrompts).Where(p => p.Status == PromptStatus.Pending).Distinct().ToList())
        {
            prompts.Cancel(turn, prompt, bridgeSeq);
        }

        switch (ending)
        {
            case RunCompleted completion:
                run.Status = RunStatus.Completed;
                message.Status = MessageStatus.Completed;
                message.Usage = completion.Usage;
                message.CostUsd = (decimal)completion.CostUsd;
                message.DurationMs = completion.DurationMs;
                if (completion.SessionId is { Length: > 0 })
                {
                    turn.Conversation.UseSession(completion.SessionId);
                }

                var sessionId = turn.Conversation.ClaudeSessionId ?? "";
                turn.Add(new ChatMessageComplete(
                    run.ConversationId, 0, run.Id, message.Id, sessionId, completion.IsError, completion.Usage, completion.CostUsd, completion.DurationMs),
                    bridgeSeq);
                break;
            case RunFailed failure:
                var code = HubErrors.KnownCodes.Contains(failure.Code) ? failure.Code : ErrorCodes.CliFailed;
                run.Status = RunStatus.Failed;
                run.ErrorCode = code;
                run.ErrorMessage = failure.Message;
                message.Status = MessageStatus.Failed;
                var error = new ChatError(run.ConversationId, 0, run.Id, code, failure.Message);
                turn.Content.AddError(error);
                turn.Add(error, bridgeSeq);
                break;
            case RunAborted:
                run.Status = RunStatus.Aborted;
                message.Status = MessageStatus.Aborted;
                turn.Add(new ChatAborted(run.ConversationId, 0, run.Id), bridgeSeq);
                break;
        }

        run.EndedAt = time.GetStoredUtcNow();
        turn.EndedAs = run.Status;
    }
}
