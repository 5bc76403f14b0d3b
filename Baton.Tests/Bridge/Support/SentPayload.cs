using Baton.Bridge.Outbox;
using Baton.Contracts.Bridges;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;

namespace Baton.Tests.Bridge.Support;

/// <summary>What an outbox message hands to the hub when it is sent, read without a connection.</summary>
internal sealed class SentPayload : IBridgeHub
{
    private object? _payload;

    public static object Of(OutboundMessage message)
    {
        var hub = new SentPayload();
        message.Send(hub).GetAwaiter().GetResult();
        return hub._payload ?? throw new InvalidOperationException($"{message.Method} sent nothing.");
    }

    public Task<ConnectBridgeResult> Connect(ConnectBridgeRequest request) => throw new InvalidOperationException("The outbox never connects.");

    public Task Stream(RunLineBatch batch) => Record(batch);

    public Task RequestPermission(PermissionRequested request) => Record(request);

    public Task CancelPermission(PermissionCancelled cancellation) => Record(cancellation);

    public Task Complete(RunCompleted completion) => Record(completion);

    public Task Fail(RunFailed failure) => Record(failure);

    public Task Aborted(RunAborted abort) => Record(abort);

    public Task StartedByCli(CliTurnStarted started) => Record(started);

    private Task Record(object payload)
    {
        _payload = payload;
        return Task.CompletedTask;
    }
}
