using System.Collections.Concurrent;

namespace Baton.Api.Bridges;

/// <summary>
/// The bridges connected to this instance. A bridge that reconnects here replaces its older
/// connection; the older one's disconnect then leaves the newer in place.
/// </summary>
public sealed class LocalBridgeConnections
{
    private readonly ConcurrentDictionary<Guid, ConnectedBridge> _byBridge = new();

    public IReadOnlyCollection<ConnectedBridge> All => [.. _byBridge.Values];

    public void Add(ConnectedBridge bridge) => _byBridge[bridge.BridgeId] = bridge;

    public ConnectedBridge? Find(Guid bridgeId) => _byBridge.GetValueOrDefault(bridgeId);

    /// <summary>Forgets the connection; false when the bridge has a newer connection here (or none).</summary>
    public bool Remove(Guid bridgeId, string connectionId)
    {
        var current = _byBridge.GetValueOrDefault(bridgeId);
        return current is not null
            && current.Location.ConnectionId == connectionId
            && _byBridge.TryRemove(new KeyValuePair<Guid, ConnectedBridge>(bridgeId, current));
    }
}
