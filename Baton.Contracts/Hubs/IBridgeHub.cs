using Baton.Contracts.Bridges;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Contracts.Hubs;

/// <summary>
/// What the bridge calls on <see cref="HubPaths.Bridge"/>. Everything about a run carries the
/// run's next bridgeSeq and is sent, not invoked: the API acknowledges with <c>claude:ack</c>.
/// </summary>
/// <remarks>
/// SignalR reads <c>[HubMethodName]</c> from the hub class's own methods, not from this
/// interface: the hub repeats each attribute with the same <see cref="WireEvents"/> constant.
/// </remarks>
public interface IBridgeHub
{
    [HubMethodName(WireEvents.BridgeConnect)]
    Task<ConnectBridgeResult> Connect(ConnectBridgeRequest request);

    [HubMethodName(WireEvents.ClaudeStream)]
    Task Stream(RunLineBatch batch);

    [HubMethodName(WireEvents.PermissionRequest)]
    Task RequestPermission(PermissionRequested request);

    [HubMethodName(WireEvents.PermissionCancelled)]
    Task CancelPermission(PermissionCancelled cancellation);

    [HubMethodName(WireEvents.ClaudeComplete)]
    Task Complete(RunCompleted completion);

    [HubMethodName(WireEvents.ClaudeError)]
    Task Fail(RunFailed failure);

    [HubMethodName(WireEvents.ClaudeAborted)]
    Task Aborted(RunAborted abort);

    [HubMethodName(WireEvents.ClaudeCliTurn)]
    Task StartedByCli(CliTurnStarted started);
}
