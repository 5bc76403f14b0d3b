namespace Baton.Contracts.Bridges;

/// <summary><c>bridge:connect</c> / <c>bridge:disconnect</c> to the owner's room.</summary>
public sealed record BridgePresence(Guid BridgeId, string Name);
