using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Baton.Contracts.Bridges;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Baton.Benchmarks.Clients;

/// <summary>
/// Speaks the bridge's side of <c>/hubs/bridge</c> without a CLI: it accepts every run and
/// streams what the benchmark tells it to, numbered by bridgeSeq as a real bridge does.
/// </summary>
public sealed class SimulatedBridge : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentDictionary<Guid, long> _lastSeqByRun = new();
    // Each waiter gets the timestamp its answer arrived at, so the round trip ends there and not when the
    // waiting code is next scheduled: the peer's generator, in one event loop, has no such delay to count.
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<long>> _answersByPrompt = new();
    private readonly Channel<Guid> _startedRuns = Channel.CreateUnbounded<Guid>();

    private SimulatedBridge(HubConnection connection)
    {
        _connection = connection;
        _connection.On<ExecuteRunRequest, ExecuteResult>(WireEvents.ClaudeExecute, request =>
        {
            _lastSeqByRun[request.RequestId] = 0;
            _startedRuns.Writer.TryWrite(request.RequestId);
            return ExecuteResult.Accept();
        });
        _connection.On<CliPermissionResponse, AckResult>(WireEvents.PermissionResponse, response =>
        {
            var answered = _answersByPrompt.TryRemove(response.PromptId, out var waiter);
            waiter?.TrySetResult(Stopwatch.GetTimestamp());
            return new AckResult(answered);
        });
        _connection.On<AbortRunRequest, AckResult>(WireEvents.ClaudeAbort, _ => new AckResult(true));
        _connection.On<RunAck>(WireEvents.ClaudeAck, _ => { });
    }

    /// <summary>Runs the API dispatched to this bridge, in the order they arrived.</summary>
    public ChannelReader<Guid> StartedRuns => _startedRuns.Reader;

    public static async Task<SimulatedBridge> ConnectAsync(Uri api, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api, HubPaths.Bridge), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                // As the real bridge: no negotiate request, so a load balancer without affinity can take the WebSocket anywhere.
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        var bridge = new SimulatedBridge(connection);
        await connection.StartAsync();
        await connection.InvokeAsync<ConnectBridgeResult>(WireEvents.BridgeConnect,
            new ConnectBridgeRequest("benchmark", "benchmark", null, ["/var/tmp/baton-benchmark-projects"], []));
        return bridge;
    }

    public Task SendLineAsync(Guid requestId, JsonElement line) =>
        _connection.SendAsync(WireEvents.ClaudeStream, new RunLineBatch(requestId, [new RunLine(NextSeq(requestId), line)]));

    public Task CompleteAsync(Guid requestId)
    {
        using var usage = JsonDocument.Parse("""{"input_tokens":1,"output_tokens":1}""");
        return _connection.SendAsync(WireEvents.ClaudeComplete,
            new RunCompleted(requestId, NextSeq(requestId), "benchmark", "success", false, "done", usage.RootElement.Clone(), 0, 0));
    }

    /// <summary>Asks for permission and waits until the browser's answer comes back here; returns the round trip.</summary>
    public async Task<TimeSpan> RequestPermissionAsync(Guid requestId, TimeSpan timeout)
    {
        var promptId = Guid.NewGuid();
        var answered = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _answersByPrompt[promptId] = answered;
        using var input = JsonDocument.Parse("""{"command":"touch benchmark.txt"}""");
        var started = Stopwatch.GetTimestamp();
        await _connection.SendAsync(WireEvents.PermissionRequest,
            new PermissionRequested(requestId, NextSeq(requestId), promptId, "Bash", input.RootElement.Clone(), [], $"toolu_{promptId:N}"));
        return Stopwatch.GetElapsedTime(started, await answered.Task.WaitAsync(timeout));
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private long NextSeq(Guid requestId) => _lastSeqByRun.AddOrUpdate(requestId, 1, (_, last) => last + 1);
}
