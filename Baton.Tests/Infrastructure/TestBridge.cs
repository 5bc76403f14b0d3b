using System.Collections.Concurrent;
using System.Text.Json;
using Baton.Api.Hubs;
using Baton.Contracts.Bridges;
using Baton.Contracts.Errors;
using Baton.Contracts.Files;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Baton.Contracts.Sessions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Tests.Infrastructure;

/// <summary>
/// A bridge driven by the test: one connection to <c>/hubs/bridge</c> with a bridge token. It accepts
/// runs (or answers as told), numbers what it sends per run, and records what the API sends it:
/// executes, acknowledgements, aborts, permission answers.
/// </summary>
public sealed class TestBridge : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, long> _nextSeqs = new();

    private TestBridge(HubConnection connection)
    {
        Connection = connection;
        connection.On<ExecuteRunRequest, ExecuteResult>(WireEvents.ClaudeExecute, async request =>
        {
            Events.Record(WireEvents.ClaudeExecute, request);
            return await Execute(request);
        });
        connection.On<SteerRunRequest, ExecuteResult>(WireEvents.ClaudeSteer, request =>
        {
            Events.Record(WireEvents.ClaudeSteer, request);
            return ExecuteResult.Accept();
        });
        connection.On<RunAck>(WireEvents.ClaudeAck, ack => Events.Record(WireEvents.ClaudeAck, ack));
        connection.On<AbortRunRequest, AckResult>(WireEvents.ClaudeAbort, request =>
        {
            Events.Record(WireEvents.ClaudeAbort, request);
            return new AckResult(true);
        });
        connection.On<CliPermissionResponse, AckResult>(WireEvents.PermissionResponse, response =>
        {
            Events.Record(WireEvents.PermissionResponse, response);
            return new AckResult(true);
        });
        connection.On<ListRootFilesRequest, FileListing>(WireEvents.FilesList, request =>
        {
            Events.Record(WireEvents.FilesList, request);
            return ListFiles(request);
        });
        connection.On<ReadRootFileRequest, FileContent>(WireEvents.FilesContent, request =>
        {
            Events.Record(WireEvents.FilesContent, request);
            return ReadFile(request);
        });
        connection.On<BridgeStatusRequest, BridgeStatus>(WireEvents.BridgeHealth, request =>
        {
            Events.Record(WireEvents.BridgeHealth, request);
            return new BridgeStatus("test-bridge", true, "2.1.328", null, true, false, 0, 42);
        });
        connection.On<ListLocalSessionsRequest, LocalSessionListing>(WireEvents.SessionsList, request =>
        {
            Events.Record(WireEvents.SessionsList, request);
            return ListSessions(request);
        });
        connection.On<ReadTranscriptRequest, TranscriptPage>(WireEvents.SessionsRead, request =>
        {
            Events.Record(WireEvents.SessionsRead, request);
            return ReadTranscript(request);
        });
    }

    public HubConnection Connection { get; }

    public ReceivedEvents Events { get; } = new();

    /// <summary>How the bridge answers <c>claude:execute</c>; it accepts by default.</summary>
    public Func<ExecuteRunRequest, Task<ExecuteResult>> Execute { get; set; } = _ => Task.FromResult(ExecuteResult.Accept());

    public Func<ListRootFilesRequest, Task<FileListing>> ListFiles { get; set; } =
        request => Task.FromResult(new FileListing([new FileEntry("README.md", "README.md", FileKind.File, 5, DateTimeOffset.UnixEpoch)], false));

    public Func<ReadRootFileRequest, Task<FileContent>> ReadFile { get; set; } =
        request => Task.FromResult(new FileContent(request.Path, "hello", 5, DateTimeOffset.UnixEpoch));

    public Func<ListLocalSessionsRequest, Task<LocalSessionListing>> ListSessions { get; set; } =
        _ => Task.FromResult(new LocalSessionListing([], false));

    public Func<ReadTranscriptRequest, Task<TranscriptPage>> ReadTranscript { get; set; } =
        request => Task.FromException<TranscriptPage>(
            HubErrors.Create(ErrorCodes.NotFound, $"There is no Claude Code session {request.SessionId} in this project's folder."));

    /// <summary>Where this bridge says it runs the CLI, and with which configuration folder.</summary>
    public const string CliPath = "/opt/claude code/bin/claude";
    public const string CliConfigDir = "/home/dev/.claude-baton";

    public Guid BridgeId { get; private set; }

    /// <summary>
    /// Connects and, unless told not to, says <c>bridge:connect</c>, listing the runs it still has;
    /// <paramref name="prepare"/> sets how it answers before the API, told it is online, calls it.
    /// </summary>
    public static async Task<TestBridge> ConnectAsync(
        BatonAppFixture app, string resource, string token, IReadOnlyList<ActiveRun>? activeRuns = null, bool register = true, Action<TestBridge>? prepare = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.GetEndpoint(resource), HubPaths.Bridge), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .AddJsonProtocol(options => WireJson.Apply(options.PayloadSerializerOptions))
            .Build();
        var bridge = new TestBridge(connection);
        prepare?.Invoke(bridge);
        await connection.StartAsync().WaitAsync(ReceivedEvents.DefaultTimeout);
        if (!register)
        {
            return bridge;
        }

        var connected = await connection.InvokeAsync<ConnectBridgeResult>(WireEvents.BridgeConnect,
            new ConnectBridgeRequest("test-bridge", "1.0.0", "2.1.328", ["/srv"], activeRuns ?? [], CliPath, CliConfigDir)).WaitAsync(ReceivedEvents.DefaultTimeout);
        bridge.BridgeId = connected.BridgeId;
        return bridge;
    }

    /// <summary>Waits for a <c>claude:execute</c> (the first matching one, received already or later).</summary>
    public Task<ExecuteRunRequest> WaitForExecuteAsync(Func<ExecuteRunRequest, bool>? predicate = null) =>
        Events.WaitForAsync(predicate);

    /// <summary>Sends CLI lines as one <c>claude:stream</c> batch, numbered after what this run sent before; returns the last bridgeSeq.</summary>
    public async Task<long> StreamAsync(Guid requestId, params JsonElement[] lines)
    {
        var items = lines.Select(line => new RunLine(NextSeq(requestId), line)).ToList();
        await Connection.SendAsync(WireEvents.ClaudeStream, new RunLineBatch(requestId, items));
        return items[^1].BridgeSeq;
    }

    /// <summary>Sends a batch with the given bridgeSeqs, as a bridge re-sending after a reconnect does.</summary>
    public Task ResendAsync(Guid requestId, IReadOnlyList<RunLine> items) =>
        Connection.SendAsync(WireEvents.ClaudeStream, new RunLineBatch(requestId, items));

    public Task<Guid> RequestPermissionAsync(Guid requestId, string toolName, object input, params object[] suggestions) =>
        RequestPermissionAsync(requestId, Guid.NewGuid(), toolName, input, suggestions);

    /// <summary>Asks for a permission under a prompt id of the caller's, after what this run sent before (as a bridge asking again does).</summary>
    public async Task<Guid> RequestPermissionAsync(Guid requestId, Guid promptId, string toolName, object input, params object[] suggestions)
    {
        await Connection.SendAsync(WireEvents.PermissionRequest, new PermissionRequested(
            requestId,
            NextSeq(requestId),
            promptId,
            toolName,
            JsonSerializer.SerializeToElement(input),
            [.. suggestions.Select(s => JsonSerializer.SerializeToElement(s))],
            $"toolu_{Guid.NewGuid():N}"));
        return promptId;
    }

    public Task CancelPermissionAsync(Guid requestId, Guid promptId) =>
        Connection.SendAsync(WireEvents.PermissionCancelled, new PermissionCancelled(requestId, NextSeq(requestId), promptId));

    public async Task<long> CompleteAsync(Guid requestId, string sessionId = "session-1")
    {
        var seq = NextSeq(requestId);
        await Connection.SendAsync(WireEvents.ClaudeComplete, new RunCompleted(
            requestId, seq, sessionId, "success", false, "done", JsonSerializer.SerializeToElement(new { input_tokens = 10, output_tokens = 20 }), 0.0123, 1500));
        return seq;
    }

    /// <summary>Opens a run for a turn the CLI started on its own (<c>claude:cli-turn</c>, the run's bridgeSeq 1).</summary>
    public Task StartCliTurnAsync(Guid requestId, Guid conversationId) =>
        Connection.SendAsync(WireEvents.ClaudeCliTurn, new CliTurnStarted(requestId, NextSeq(requestId), conversationId));

    public Task FailAsync(Guid requestId, string code, string message) =>
        Connection.SendAsync(WireEvents.ClaudeError, new RunFailed(requestId, NextSeq(requestId), code, message, null));

    public Task AbortedAsync(Guid requestId) =>
        Connection.SendAsync(WireEvents.ClaudeAborted, new RunAborted(requestId, NextSeq(requestId)));

    /// <summary>Carries on a run another connection of this bridge began: what it sends next follows <paramref name="lastBridgeSeq"/>.</summary>
    public void ContinueRun(Guid requestId, long lastBridgeSeq) => _nextSeqs[requestId] = lastBridgeSeq;

    /// <summary>Waits until the API acknowledged the run up to <paramref name="bridgeSeq"/>.</summary>
    public Task<RunAck> WaitForAckAsync(Guid requestId, long bridgeSeq) =>
        Events.WaitForAsync<RunAck>(ack => ack.RequestId == requestId && ack.UpToBridgeSeq >= bridgeSeq);

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private long NextSeq(Guid requestId) => _nextSeqs.AddOrUpdate(requestId, 1, (_, seq) => seq + 1);
}
