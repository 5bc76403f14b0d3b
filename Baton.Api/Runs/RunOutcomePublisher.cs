using Baton.Api.Bridges;
using Baton.Api.Conversations;
using Baton.Api.Telemetry;

namespace Baton.Api.Runs;

/// <summary>
/// What follows a stored batch, in this order: browsers get its events, the bridge is told of
/// answers a rule gave, and the run's ending is counted.
/// </summary>
public sealed class RunOutcomePublisher(ConversationBroadcaster broadcaster, BridgeCommandBus commands, RealtimeTelemetry telemetry)
{
    public async Task PublishAsync(RecordedBatch batch)
    {
        await broadcaster.BroadcastAsync(batch.ConversationId, batch.Events);
        foreach (var promptId in batch.AnsweredPromptIds)
        {
            await commands.NotifyAsync(new BridgeCommand(batch.BridgeId, BridgeCommand.PermissionKind, promptId));
        }

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
        }
    }
}
