using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;

namespace Baton.Api.Runs;

/// <summary>
/// What one drain of the queue holds for one run: its items, the connection that sent the latest of
/// them (where the acknowledgement goes) and when the first of them arrived.
/// </summary>
public sealed record DrainedRun(RunWrite Write, string ConnectionId, long FirstReceivedTimestamp)
{
    public static DrainedRun Of(IGrouping<(Guid BridgeId, Guid RequestId), BridgeRunMessage> messages) => new(
        new RunWrite(messages.Key.BridgeId, messages.Key.RequestId, [.. messages.SelectMany(message => ItemsOf(message.Payload))]),
        messages.Last().ConnectionId,
        messages.First().ReceivedTimestamp);

    private static IEnumerable<RunItem> ItemsOf(object payload) => payload switch
    {
        RunLineBatch batch => batch.Items.Select(line => new RunItem(line.BridgeSeq, line)),
        PermissionRequested request => [new RunItem(request.BridgeSeq, request)],
        PermissionCancelled cancellation => [new RunItem(cancellation.BridgeSeq, cancellation)],
        RunCompleted completion => [new RunItem(completion.BridgeSeq, completion)],
        RunFailed failure => [new RunItem(failure.BridgeSeq, failure)],
        RunAborted abort => [new RunItem(abort.BridgeSeq, abort)],
        _ => [],
    };
}
