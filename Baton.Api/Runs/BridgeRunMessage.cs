using Baton.Contracts.Runs;

namespace Baton.Api.Runs;

/// <summary>
/// What a bridge sent about a run (<c>claude:stream</c>'s lines, a permission request or cancellation, a
/// terminal event), queued in arrival order with the connection to acknowledge and the time it arrived.
/// </summary>
public sealed record BridgeRunMessage(Guid BridgeId, string ConnectionId, Guid RequestId, IReadOnlyList<RunItem> Items, long ReceivedTimestamp);
