using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Contracts.Runs;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Baton.Api.BackgroundTasks;

/// <summary>
/// <c>claude:cli-turn</c>: stores the run of a turn the conversation's CLI started on its own (a background
/// task ended), with its answer to grow and no message of the person's, before its lines are recorded like
/// any run's. The conversation must be on the project of the bridge that says so, with no run active: a
/// message of the person's that started meanwhile has the CLI's turn in its own run.
/// </summary>
public sealed class CliTurnOpener(BatonDbContext db, TimeProvider time, ILogger<CliTurnOpener> logger)
{
    /// <summary>Whether the run is stored (now, or by an earlier send of the same start).</summary>
    public async Task<bool> OpenAsync(Guid bridgeId, CliTurnStarted started, CancellationToken cancellationToken)
    {
        if (await db.Runs.AnyAsync(r => r.Id == started.RequestId, cancellationToken))
        {
            return true;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var conversation = await db.Conversations
                    .Where(c => c.Id == started.ConversationId && db.Projects.Any(p => p.Id == c.ProjectId && p.BridgeId == bridgeId))
                    .SingleOrDefaultAsync(ct);
                if (conversation is null)
                {
                    logger.LogWarning("Bridge {BridgeId} reported a turn its CLI started in conversation {ConversationId}, which is not on its projects; ignored", bridgeId, started.ConversationId);
                    return false;
                }

                var now = time.GetStoredUtcNow();
                conversation.UpdatedAt = now;
                var answer = new Message
                {
                    Id = Guid.CreateVersion7(),
                    ConversationId = conversation.Id,
                    Role = MessageRole.Assistant,
                    Content = MessageContent.ToJson([]),
                    Status = MessageStatus.Streaming,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                db.Messages.Add(answer);
                db.Runs.Add(new Run
                {
                    Id = started.RequestId,
                    ConversationId = conversation.Id,
                    AssistantMessageId = answer.Id,
                    BridgeId = bridgeId,
                    ClientMessageId = $"cli-turn:{started.RequestId}",
                    Status = RunStatus.Running,
                    PermissionMode = conversation.PermissionMode,
                    Model = conversation.Model,
                    CreatedAt = now,
                });
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                logger.LogInformation("Run {RunId} of conversation {ConversationId} is a turn its CLI started", started.RequestId, conversation.Id);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            logger.LogWarning("Conversation {ConversationId} has a run active, so the turn its CLI started ({RunId}) is not stored", started.ConversationId, started.RequestId);
            return false;
        }
    }
}
