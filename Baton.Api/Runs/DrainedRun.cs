using Baton.Contracts.Runs;

namespace Baton.Api.Runs;

/// <summary>
/// What one drain of the queue holds for one run: its items, the connection that sent the latest of
/// them (where the acknowledgement goes) and when the first of them arrived.
/// </summary>
public sealed record DrainedRun(RunWrite Write, string ConnectionId, long FirstReceivedTimestamp)
{
    public static DrainedRun Of(IGrouping<(Guid BridgeId, Guid RequestId), BridgeRunMessage> messages)
    {
        // GroupBy's groups are lists: read by index, a run's items are gathered without an iterator, for every run of every drain.
        var inOrder = messages as IList<BridgeRunMessage> ?? [.. messages];
        var items = new List<RunItem>(inOrder.Count);
        for (var index = 0; index < inOrder.Count; index++)
        {
            items.AddRange(inOrder[index].Items);
        }

        return new(new RunWrite(messages.Key.BridgeId, messages.Key.RequestId, items), inOrder[^1].ConnectionId, inOrder[0].ReceivedTimestamp);
    }
}
