namespace Baton.Contracts.Bridges;

/// <summary>
/// The answer to a browser's <c>bridge:health</c>: the project's bridge, whether it is online and,
/// when it is, what it reported about itself (<paramref name="Status"/>, null while offline).
/// </summary>
public sealed record BridgeHealth(Guid BridgeId, string Name, bool Online, BridgeStatus? Status);
