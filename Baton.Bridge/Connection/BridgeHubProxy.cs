using Baton.Contracts.Bridges;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Microsoft.AspNetCore.SignalR.Client;

namespace Baton.Bridge.Connection;

/// <summary>
/// The API's bridge hub as the bridge calls it: one typed method per <see cref="IBridgeHub"/>
/// member over the <see cref="HubConnection"/>, each call bound to <paramref name="cancellationToken"/>.
/// A renamed or retyped hub method no longer compiles here.
/// </summary>
internal sealed class BridgeHubProxy(HubConnection connection, CancellationToken cancellationToken) : IBridgeHub
{
    public Task<ConnectBridgeResult> Connect(ConnectBridgeRequest request) =>
        connection.InvokeAsync<ConnectBridgeResult>(WireEvents.BridgeConnect, request, cancellationToken);

    public Task Stream(RunLineBatch batch) => connection.SendAsync(WireEvents.ClaudeStream, batch, cancellationToken);

    public Task RequestPermission(PermissionRequested request) => connection.SendAsync(WireEvents.PermissionRequest, request, cancellationToken);

    public Task CancelPermission(PermissionCancelled cancellation) => connection.SendAsync(WireEvents.PermissionCancelled, cancellation, cancellationToken);

    public Task Complete(RunCompleted completion) => connection.SendAsync(WireEvents.ClaudeComplete, completion, cancellationToken);

    public Task Fail(RunFailed failure) => connection.SendAsync(WireEvents.ClaudeError, failure, cancellationToken);

    public Task Aborted(RunAborted abort) => connection.SendAsync(WireEvents.ClaudeAborted, abort, cancellationToken);

    public Task StartedByCli(CliTurnStarted started) => connection.SendAsync(WireEvents.ClaudeCliTurn, started, cancellationToken);
}
