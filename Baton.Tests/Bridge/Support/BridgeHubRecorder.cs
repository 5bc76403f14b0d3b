using Baton.Contracts.Bridges;
using Baton.Contracts.Runs;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.Bridge.Support;

/// <summary>
/// The test API's memory: which bridge connected with what, and every event it sent about each
/// run. It acknowledges as the real API would (up to the highest bridgeSeq with nothing missing)
/// unless a test turns that off, and lets tests await what they expect with a timeout.
/// </summary>
public sealed class BridgeHubRecorder(string token)
{
    private readonly Lock _gate = new();
    private readonly List<ConnectBridgeRequest> _connects = [];
    private readonly Dictionary<Guid, List<BridgeEvent>> _runs = [];
    private readonly Dictionary<string, HubCallerContext> _connections = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _bridgeConnectionId;

    public string Token { get; } = token;

    public Guid BridgeId { get; } = Guid.NewGuid();

    /// <summary>Acknowledge what arrives, as the API does once it has stored it.</summary>
    public bool AutoAck { get; set; } = true;

    public string BridgeConnectionId
    {
        get
        {
            lock (_gate)
            {
                return _bridgeConnectionId ?? throw new InvalidOperationException("No bridge has connected.");
            }
        }
    }

    public IReadOnlyList<ConnectBridgeRequest> Connects
    {
        get
        {
            lock (_gate)
            {
                return [.. _connects];
            }
        }
    }

    public void Connected(HubCallerContext context)
    {
        lock (_gate)
        {
            _connections[context.ConnectionId] = context;
        }
    }

    public void Disconnected(string connectionId)
    {
        lock (_gate)
        {
            _connections.Remove(connectionId);
            if (_bridgeConnectionId == connectionId)
            {
                _bridgeConnectionId = null;
            }
        }

        Pulse();
    }

    public ConnectBridgeResult RegisterBridge(HubCallerContext context, ConnectBridgeRequest request)
    {
        lock (_gate)
        {
            _connects.Add(request);
            _bridgeConnectionId = context.ConnectionId;
        }

        Pulse();
        return new ConnectBridgeResult(BridgeId);
    }

    /// <summary>Records what arrived; returns the bridgeSeq to acknowledge, or null when not acknowledging.</summary>
    public long? Record(Guid requestId, IReadOnlyList<BridgeEvent> events)
    {
        long? acknowledge;
        lock (_gate)
        {
            if (!_runs.TryGetValue(requestId, out var arrivals))
            {
                _runs[requestId] = arrivals = [];
            }

            arrivals.AddRange(events);
            acknowledge = AutoAck ? new RunLog(requestId, arrivals).ContiguousSeq : null;
        }

        Pulse();
        return acknowledge;
    }

    /// <summary>The runs the bridge opened itself with <c>claude:cli-turn</c> (turns its CLI started on its own), first opened first.</summary>
    public IReadOnlyList<CliTurnStarted> CliTurns
    {
        get
        {
            lock (_gate)
            {
                return [.. _runs.Values.SelectMany(arrivals => arrivals).Select(arrival => arrival.Payload).OfType<CliTurnStarted>().DistinctBy(started => started.RequestId)];
            }
        }
    }

    public RunLog Run(Guid requestId)
    {
        lock (_gate)
        {
            return new RunLog(requestId, _runs.TryGetValue(requestId, out var arrivals) ? [.. arrivals] : []);
        }
    }

    /// <summary>Cuts the bridge's connection from the server's side, as a network failure would.</summary>
    public void DropBridgeConnection()
    {
        lock (_gate)
        {
            _connections[_bridgeConnectionId ?? throw new InvalidOperationException("No bridge is connected.")].Abort();
        }
    }

    /// <summary>Waits until <paramref name="probe"/> finds something; fails with <paramref name="describe"/> after the timeout.</summary>
    public async Task<T> WaitForAsync<T>(Func<T?> probe, TimeSpan timeout, Func<string> describe)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            if (probe() is { } found)
            {
                return found;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Not seen within {timeout}: {describe()}");
            }
        }
    }

    private void Pulse()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }
}
