namespace Baton.Contracts.Runs;

/// <summary><c>claude:aborted</c>: an interrupted turn ends here, not in <c>claude:complete</c>.</summary>
public sealed record RunAborted(Guid RequestId, long BridgeSeq) : RunItem(BridgeSeq);
