using System.Diagnostics;
using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.BackgroundTasks;
using Baton.Api.Bridges;
using Baton.Api.Runs;
using Baton.Api.Telemetry;
using Baton.Contracts.Bridges;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Hubs;

/// <summary>
/// <c>/hubs/bridge</c>: a bridge, known by its token. Everything about a run only enqueues, in the
/// order SignalR delivers one connection's calls; the run stream writer stores it and acknowledges.
/// </summary>
public sealed class BridgeHub(RunStreamQueue queue, RealtimeTelemetry telemetry, IServiceProvider services) : Hub<IBridgeClient>, IBridgeHub
{
    private Guid BridgeId => Context.User!.GetBridgeId();

    private BridgeConnector Connector => services.GetRequiredService<BridgeConnector>();

    public override async Task OnConnectedAsync()
    {
        telemetry.BridgeConnected();
        await Groups.AddToGroupAsync(Context.ConnectionId, Rooms.Bridge(BridgeId), Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, Rooms.AllBridges, Context.ConnectionAborted);
        await Connector.OpenAsync(BridgeId, Context, Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        telemetry.BridgeDisconnected();
        await Connector.DisconnectAsync(BridgeId, Context.User!.GetBridgeOwnerId(), BridgeName, Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    [HubMethodName(WireEvents.BridgeConnect)]
    public Task<ConnectBridgeResult> Connect(ConnectBridgeRequest request) =>
        Connector.ConnectAsync(BridgeId, Context.User!.GetBridgeOwnerId(), BridgeName, request, Context, Context.ConnectionAborted);

    [HubMethodName(WireEvents.ClaudeStream)]
    public Task Stream(RunLineBatch batch) => EnqueueAsync(batch.RequestId, batch.Items);

    [HubMethodName(WireEvents.PermissionRequest)]
    public Task RequestPermission(PermissionRequested request) => EnqueueAsync(request.RequestId, [request]);

    [HubMethodName(WireEvents.PermissionCancelled)]
    public Task CancelPermission(PermissionCancelled cancellation) => EnqueueAsync(cancellation.RequestId, [cancellation]);

    [HubMethodName(WireEvents.ClaudeComplete)]
    public Task Complete(RunCompleted completion) => EnqueueAsync(completion.RequestId, [completion]);

    [HubMethodName(WireEvents.ClaudeError)]
    public Task Fail(RunFailed failure) => EnqueueAsync(failure.RequestId, [failure]);

    [HubMethodName(WireEvents.ClaudeAborted)]
    public Task Aborted(RunAborted abort) => EnqueueAsync(abort.RequestId, [abort]);

    /// <summary>Stored before it is queued: the lines after it, queued behind it, then belong to a known run.</summary>
    [HubMethodName(WireEvents.ClaudeCliTurn)]
    public async Task StartedByCli(CliTurnStarted started)
    {
        if (await services.GetRequiredService<CliTurnOpener>().OpenAsync(BridgeId, started, Context.ConnectionAborted))
        {
            await EnqueueAsync(started.RequestId, [started]);
        }
    }

    private string BridgeName => Context.User!.FindFirstValue(ClaimTypes.Name) ?? "";

    private Task EnqueueAsync(Guid requestId, IReadOnlyList<RunItem> items) => queue.EnqueueAsync(
        new BridgeRunMessage(BridgeId, Context.ConnectionId, requestId, CliText.WithoutNul(items), Stopwatch.GetTimestamp()),
        Context.ConnectionAborted).AsTask();
}
