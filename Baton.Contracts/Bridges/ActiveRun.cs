namespace Baton.Contracts.Bridges;

/// <summary>A run the bridge still works on, and the last bridgeSeq it produced for it.</summary>
public sealed record ActiveRun(Guid RequestId, long LastBridgeSeq);
