using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Hubs;

/// <summary>
/// Which of this instance's connections are in which room. Every send reads it, so a room's members are
/// an array read without a lock; joining and leaving, far rarer, replace that array under one.
/// </summary>
public sealed class LocalRooms
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, HubConnectionContext[]> _members = new();
    private readonly Dictionary<string, HashSet<string>> _roomsOfConnection = [];

    public HubConnectionContext[] MembersOf(string room) => _members.TryGetValue(room, out var members) ? members : [];

    public void Join(HubConnectionContext connection, string room)
    {
        lock (_gate)
        {
            if (!_roomsOfConnection.TryGetValue(connection.ConnectionId, out var rooms))
            {
                _roomsOfConnection[connection.ConnectionId] = rooms = [];
            }

            if (rooms.Add(room))
            {
                _members[room] = [.. MembersOf(room), connection];
            }
        }
    }

    public void Leave(string connectionId, string room)
    {
        lock (_gate)
        {
            if (_roomsOfConnection.TryGetValue(connectionId, out var rooms) && rooms.Remove(room))
            {
                Drop(connectionId, room);
            }
        }
    }

    public void LeaveAll(string connectionId)
    {
        lock (_gate)
        {
            if (_roomsOfConnection.Remove(connectionId, out var rooms))
            {
                foreach (var room in rooms)
                {
                    Drop(connectionId, room);
                }
            }
        }
    }

    private void Drop(string connectionId, string room)
    {
        HubConnectionContext[] left = [.. MembersOf(room).Where(member => member.ConnectionId != connectionId)];
        if (left.Length == 0)
        {
            _members.TryRemove(room, out _);
        }
        else
        {
            _members[room] = left;
        }
    }
}
