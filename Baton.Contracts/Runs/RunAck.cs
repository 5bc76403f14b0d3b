namespace Baton.Contracts.Runs;

/// <summary><c>claude:ack</c>: everything of the run up to <paramref name="UpToBridgeSeq"/> is stored.</summary>
public sealed record RunAck(Guid RequestId, long UpToBridgeSeq);
