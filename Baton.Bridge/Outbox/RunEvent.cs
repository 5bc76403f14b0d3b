using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;

namespace Baton.Bridge.Outbox;

/// <summary>
/// An event of a run other than a CLI line, with the <see cref="IBridgeHub"/> method that carries
/// it. Made only by the factories here, one per hub method, so the outbox holds nothing the hub
/// has no method for.
/// </summary>
public sealed class RunEvent
{
    private readonly Func<IBridgeHub, Task> _send;

    private RunEvent(string method, Func<IBridgeHub, Task> send)
    {
        Method = method;
        _send = send;
    }

    /// <summary>The hub method's wire name, for the log.</summary>
    public string Method { get; }

    public Task SendAsync(IBridgeHub hub) => _send(hub);

    public static RunEvent PermissionRequested(PermissionRequested request) =>
        new(WireEvents.PermissionRequest, hub => hub.RequestPermission(request));

    public static RunEvent PermissionCancelled(PermissionCancelled cancellation) =>
        new(WireEvents.PermissionCancelled, hub => hub.CancelPermission(cancellation));

    public static RunEvent Completed(RunCompleted completion) => new(WireEvents.ClaudeComplete, hub => hub.Complete(completion));

    public static RunEvent Failed(RunFailed failure) => new(WireEvents.ClaudeError, hub => hub.Fail(failure));

    public static RunEvent Aborted(RunAborted abort) => new(WireEvents.ClaudeAborted, hub => hub.Aborted(abort));

    public static RunEvent StartedByCli(CliTurnStarted started) => new(WireEvents.ClaudeCliTurn, hub => hub.StartedByCli(started));
}
