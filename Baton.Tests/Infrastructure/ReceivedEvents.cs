using System.Diagnostics;

namespace Baton.Tests.Infrastructure;

/// <summary>One event a test client received: its wire name, payload and arrival time (a <see cref="Stopwatch"/> timestamp).</summary>
public sealed record ReceivedEvent(string Name, object Payload, long Timestamp);

/// <summary>What a test client received, in order, with bounded waits for what it has not received yet.</summary>
public sealed class ReceivedEvents
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private readonly List<ReceivedEvent> _events = [];
    private readonly List<(Func<ReceivedEvent, bool> Matches, TaskCompletionSource<ReceivedEvent> Seen)> _waiters = [];
    private readonly Lock _gate = new();

    public void Record(string name, object payload)
    {
        var received = new ReceivedEvent(name, payload, Stopwatch.GetTimestamp());
        lock (_gate)
        {
            _events.Add(received);
            foreach (var waiter in _waiters.Where(waiter => waiter.Matches(received)).ToList())
            {
                waiter.Seen.TrySetResult(received);
                _waiters.Remove(waiter);
            }
        }
    }

    public IReadOnlyList<ReceivedEvent> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public IReadOnlyList<T> OfType<T>() => [.. All.Select(e => e.Payload).OfType<T>()];

    /// <summary>The first event of type <typeparamref name="T"/> matching, received already or later; fails after the timeout.</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool>? predicate = null, TimeSpan? timeout = null)
    {
        var received = await WaitForEventAsync<T>(predicate, timeout);
        return (T)received.Payload;
    }

    /// <summary>The first event named <paramref name="name"/> (for events that share a payload type), received already or later.</summary>
    public async Task<T> WaitForAsync<T>(string name, Func<T, bool>? predicate = null, TimeSpan? timeout = null)
    {
        var received = await WaitForEventAsync<T>(predicate, timeout, name);
        return (T)received.Payload;
    }

    public async Task<ReceivedEvent> WaitForEventAsync<T>(Func<T, bool>? predicate = null, TimeSpan? timeout = null, string? name = null)
    {
        bool Matches(ReceivedEvent e) => e.Payload is T payload && (name is null || e.Name == name) && (predicate is null || predicate(payload));
        var seen = new TaskCompletionSource<ReceivedEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_events.FirstOrDefault(Matches) is { } already)
            {
                return already;
            }

            _waiters.Add((Matches, seen));
        }

        var limit = timeout ?? DefaultTimeout;
        try
        {
            return await seen.Task.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(
                $"No {name ?? typeof(T).Name} matching arrived within {limit}. Received: {string.Join(", ", All.Select(e => e.Name))}");
        }
    }
}
