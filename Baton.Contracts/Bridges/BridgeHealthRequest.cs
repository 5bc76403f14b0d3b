namespace Baton.Contracts.Bridges;

/// <summary><c>bridge:health</c> from a browser: the health of the bridge bound to the project.</summary>
public sealed record BridgeHealthRequest(Guid ProjectId);
