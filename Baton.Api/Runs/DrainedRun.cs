namespace Baton.Api.Runs;

/// <summary>
/// What one drain of the queue holds for one run: its items, the connection that sent the latest of
/// them (where the acknowledgement goes) and when the first of them arrived.
/// </summary>
public sealed record DrainedRun(RunWrite Write, string ConnectionId, long FirstReceivedTimestamp)
{
    public static DrainedRun Of(IGrouping<(Guid BridgeId, Guid RequestId), BridgeRunMessage> messages) => new(
        new RunWrite(messages.Key.BridgeId, messages.Key.RequestId, [.. messages.SelectMany(message => message.Items)]),
        messages.Last().ConnectionId,
        messages.First().ReceivedTimestamp);
}
