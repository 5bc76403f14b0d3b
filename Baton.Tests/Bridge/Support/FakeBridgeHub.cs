using Baton.Contracts.Bridges;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.Bridge.Support;

/// <summary>
/// The API's part of <c>/hubs/bridge</c>, as far as the bridge can tell: checks the bridge token,
/// answers <c>bridge:connect</c>, records every event and acknowledges it with <c>claude:ack</c>.
/// </summary>
public sealed class FakeBridgeHub(BridgeHubRecorder recorder) : Hub<IBridgeClient>
{
    public override Task OnConnectedAsync()
    {
        var request = Context.GetHttpContext()?.Request;
        var header = request?.Headers.Authorization.ToString();
        var presented = string.IsNullOrEmpty(header) ? $"Bearer {request?.Query["access_token"]}" : header;
        if (presented != $"Bearer {recorder.Token}")
        {
            Context.Abort();
            return Task.CompletedTask;
        }

        recorder.Connected(Context);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        recorder.Disconnected(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    [HubMethodName(WireEvents.BridgeConnect)]
    public ConnectBridgeResult Connect(ConnectBridgeRequest request) => recorder.RegisterBridge(Context, request);

    [HubMethodName(WireEvents.ClaudeStream)]
    public Task Stream(RunLineBatch batch) =>
        RecordAsync(batch.RequestId, [.. batch.Items.Select(item => new BridgeEvent(item.BridgeSeq, WireEvents.ClaudeStream, item))]);

    [HubMethodName(WireEvents.PermissionRequest)]
    public Task RequestPermission(PermissionRequested request) =>
        RecordAsync(request.RequestId, [new BridgeEvent(request.BridgeSeq, WireEvents.PermissionRequest, request)]);

    [HubMethodName(WireEvents.PermissionCancelled)]
    public Task CancelPermission(PermissionCancelled cancellation) =>
        RecordAsync(cancellation.RequestId, [new BridgeEvent(cancellation.BridgeSeq, WireEvents.PermissionCancelled, cancellation)]);

    [HubMethodName(WireEvents.ClaudeComplete)]
    public Task Complete(RunCompleted completion) =>
        RecordAsync(completion.RequestId, [new BridgeEvent(completion.BridgeSeq, WireEvents.ClaudeComplete, completion)]);

    [HubMethodName(WireEvents.ClaudeError)]
    public Task Fail(RunFailed failure) =>
        RecordAsync(failure.RequestId, [new BridgeEvent(failure.BridgeSeq, WireEvents.ClaudeError, failure)]);

    [HubMethodName(WireEvents.ClaudeAborted)]
    public Task Aborted(RunAborted abort) =>
        RecordAsync(abort.RequestId, [new BridgeEvent(abort.BridgeSeq, WireEvents.ClaudeAborted, abort)]);

    [HubMethodName(WireEvents.ClaudeCliTurn)]
    public Task StartedByCli(CliTurnStarted started) =>
        RecordAsync(started.RequestId, [new BridgeEvent(started.BridgeSeq, WireEvents.ClaudeCliTurn, started)]);

    private async Task RecordAsync(Guid requestId, IReadOnlyList<BridgeEvent> events)
    {
        if (recorder.Record(requestId, events) is { } upTo and > 0)
        {
            await Clients.Caller.Ack(new RunAck(requestId, upTo));
        }
    }
}
