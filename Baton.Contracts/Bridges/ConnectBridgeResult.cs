namespace Baton.Contracts.Bridges;

public sealed record ConnectBridgeResult(Guid BridgeId);
