namespace Baton.Api.Bridges;

/// <summary>Where a bridge is connected: the API instance and its SignalR connection there.</summary>
public sealed record BridgeLocation(string InstanceId, string ConnectionId, DateTimeOffset Since);
