using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Bridges;

/// <summary>
/// Every connection to this instance's <c>/hubs/bridge</c>, from its start, whether or not it has said
/// <c>bridge:connect</c> yet: a revoked bridge loses all of them.
/// </summary>
public sealed class OpenBridgeConnections
{
    private readonly ConcurrentDictionary<string, (Guid BridgeId, HubCallerContext Connection)> _byConnection = new();

    public IReadOnlyCollection<Guid> BridgeIds => [.. _byConnection.Values.Select(open => open.BridgeId).Distinct()];

    public void Add(Guid bridgeId, HubCallerContext connection) => _byConnection[connection.ConnectionId] = (bridgeId, connection);

    public void Remove(string connectionId) => _byConnection.TryRemove(connectionId, out _);

    /// <summary>Closes the bridge's connections here; returns how many there were.</summary>
    public int Close(Guid bridgeId)
    {
        var connections = _byConnection.Values.Where(open => open.BridgeId == bridgeId).ToList();
        foreach (var (_, connection) in connections)
        {
            connection.Abort();
        }

        return connections.Count;
    }
}
