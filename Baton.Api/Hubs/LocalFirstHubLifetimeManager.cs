using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.Options;

namespace Baton.Api.Hubs;

/// <summary>
/// The Redis backplane, except that a room's members connected to this instance get a message at once instead
/// of after a round trip through Redis: a stored event reaches the tabs on the instance that stored it sooner.
/// Redis still carries every message, with this instance's members excluded, to the other instances.
/// A member's messages keep their order: each is handed to its connection as it is sent, and a connection
/// writes what it is handed first come, first served. The sender does not wait for those writes, as it never
/// waited for Redis to deliver: a slow tab holds up no one else.
/// Rooms are joined and left only by the connection's own instance (a hub adds its caller), so this instance
/// knows every room its connections are in. The only instance (<see cref="RealtimeOptions.SingleInstance"/>) publishes
/// no room's messages on Redis at all: the echo of its own messages cost it a fifth of its CPU at 200 conversations.
/// </summary>
public sealed class LocalFirstHubLifetimeManager<THub>(
    ILogger<RedisHubLifetimeManager<THub>> logger,
    IOptions<RedisOptions> options,
    IHubProtocolResolver protocols,
    IOptions<HubOptions> globalHubOptions,
    IOptions<HubOptions<THub>> hubOptions,
    IOptions<RealtimeOptions> realtime)
    : RedisHubLifetimeManager<THub>(logger, options, protocols, globalHubOptions, hubOptions)
    where THub : Hub
{
    private readonly bool _othersMayListen = !realtime.Value.SingleInstance;

    private readonly ConcurrentDictionary<string, HubConnectionContext> _connections = new();
    private readonly LocalRooms _rooms = new();

    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        await base.OnConnectedAsync(connection);
        _connections[connection.ConnectionId] = connection;
    }

    public override Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        _connections.TryRemove(connection.ConnectionId, out _);
        _rooms.LeaveAll(connection.ConnectionId);
        return base.OnDisconnectedAsync(connection);
    }

    /// <summary>A member from the moment it asks: what is sent while Redis subscribes reaches it already.</summary>
    public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        if (_connections.TryGetValue(connectionId, out var connection))
        {
            _rooms.Join(connection, groupName);
        }

        return base.AddToGroupAsync(connectionId, groupName, cancellationToken);
    }

    public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        _rooms.Leave(connectionId, groupName);
        return base.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);
    }

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendGroupExceptAsync(groupName, methodName, args, [], cancellationToken);

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        Task.WhenAll(groupNames.Where(name => !string.IsNullOrEmpty(name)).Select(name => SendGroupAsync(name, methodName, args, cancellationToken)));

    public override Task SendGroupExceptAsync(
        string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default)
    {
        var here = _rooms.MembersOf(groupName);
        if (here.Length == 0)
        {
            return PublishAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken);
        }

        // Serialized once for all the members here, as Redis's delivery would.
        var message = new SerializedHubMessage(new InvocationMessage(methodName, args));
        var sentHere = new List<string>(excludedConnectionIds.Count + here.Length);
        sentHere.AddRange(excludedConnectionIds);
        foreach (var member in here)
        {
            if (!excludedConnectionIds.Contains(member.ConnectionId))
            {
                HandOver(member, message);
            }

            sentHere.Add(member.ConnectionId);
        }

        return PublishAsync(groupName, methodName, args, sentHere, cancellationToken);
    }

    /// <summary>The backplane's send, for the room's members on the other instances; the only instance has none.</summary>
    private Task PublishAsync(
        string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken) =>
        _othersMayListen ? base.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken) : Task.CompletedTask;

    /// <summary>A connection logs and closes itself when a write fails; nothing is left to observe here.</summary>
    private static void HandOver(HubConnectionContext connection, SerializedHubMessage message)
    {
        var write = connection.WriteAsync(message);
        if (!write.IsCompleted)
        {
            _ = write.AsTask();
        }
    }
}
