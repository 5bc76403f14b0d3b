using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Bridges;

/// <summary>A bridge connection this instance holds, with the means to close it.</summary>
public sealed record ConnectedBridge(Guid BridgeId, Guid OwnerId, string Name, BridgeLocation Location, HubCallerContext Connection);
