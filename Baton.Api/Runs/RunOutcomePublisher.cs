using Baton.Api.Bridges;
using Baton.Api.Conversations;
using Baton.Api.Push;
using Baton.Api.Queue;
using Baton.Api.Telemetry;

namespace Baton.Api.Runs;

/// <summary>
/// What follows a stored batch, in this order: the bridge is told of answers a rule gave (its tool
/// calls wait on them), browsers get its events, the run's ending is counted, the conversation's
/// next queued message starts unless the run failed (then the queue waits, to be sent again by hand),
/// and whoever may be waiting elsewhere is notified (a prompt, an ending) off this path.
/// </summary>
public sealed class RunOutcomePublisher(
    ConversationBroadcaster broadcaster,
    BridgeCommandBus commands,
    RealtimeTelemetry telemetry,
    QueueAdvancer queue,
    PushQueue pushes)
{
    public async Task PublishAsync(RecordedBatch batch)
    {
        foreach (var promptId in batch.AnsweredPromptIds)
        {
            await commands.NotifyAsync(new BridgeCommand(batch.BridgeId, BridgeCommand.PermissionKind, promptId));
        }

        await broadcaster.BroadcastAsync(batch.ConversationId, batch.Events);

        foreach (var wait in batch.PromptWaits)
        {
            telemetry.RecordPromptWait(wait);
        }

        if (batch.EndedAs is { } status)
        {
            telemetry.RunEnded();
            if (status == Data.Entities.RunStatus.Failed && batch.Events.OfType<Contracts.Chat.ChatError>().LastOrDefault() is { } error)
            {
                telemetry.RecordError(error.Code);
            }

            if (status != Data.Entities.RunStatus.Failed)
            {
                queue.RunEnded(batch.ConversationId);
            }
        }

        pushes.Offer(batch);
    }
}
