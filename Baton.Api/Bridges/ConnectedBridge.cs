using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Bridges;

/// <summary>A bridge connection this instance holds, with the means to close it.</summary>
public sealed record ConnectedBridge(Guid BridgeId, BridgeLocation Location, HubCallerContext Connection);
