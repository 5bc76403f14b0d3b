using System.Collections.Concurrent;
using Baton.Api.Auth;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Hubs;

/// <summary>The browser connections to this instance's <c>/hubs/chat</c>, so they can be closed together, or a session's.</summary>
public sealed class LocalBrowserConnections
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _byConnection = new();

    public void Add(HubCallerContext connection) => _byConnection[connection.ConnectionId] = connection;

    public void Remove(string connectionId) => _byConnection.TryRemove(connectionId, out _);

    /// <summary>Closes every connection; each browser reconnects by itself. Returns how many were closed.</summary>
    public int CloseAll()
    {
        var connections = _byConnection.Values.ToList();
        foreach (var connection in connections)
        {
            connection.Abort();
        }

        return connections.Count;
    }

    /// <summary>Closes the connections opened with the session's access tokens. Returns how many were closed.</summary>
    public int CloseSession(Guid sessionId)
    {
        var connections = _byConnection.Values.Where(connection => connection.User?.GetSessionId() == sessionId).ToList();
        foreach (var connection in connections)
        {
            connection.Abort();
        }

        return connections.Count;
    }
}
