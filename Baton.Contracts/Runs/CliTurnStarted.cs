namespace Baton.Contracts.Runs;

/// <summary>
/// <c>claude:cli-turn</c>: the conversation's CLI started a turn of its own, with no message from Baton (a
/// background task ended and the CLI reports it to the model). It opens a run the bridge made up
/// (<paramref name="RequestId"/>): always that run's bridgeSeq 1, followed by its lines and its one ending like
/// any other run's.
/// </summary>
public sealed record CliTurnStarted(Guid RequestId, long BridgeSeq, Guid ConversationId) : RunItem(BridgeSeq);
