namespace Baton.Contracts.Bridges;

/// <summary><c>bridge:health</c> to the bridge, for the project at <paramref name="RootDirectory"/>.</summary>
public sealed record BridgeStatusRequest(string RootDirectory);
