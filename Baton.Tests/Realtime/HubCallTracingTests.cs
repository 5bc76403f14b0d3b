using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Claims;
using Baton.Api.Hubs;
using Baton.Api.Hubs.Filters;
using Baton.Api.Telemetry;
using Baton.Contracts.Hubs;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.Realtime;

/// <summary>
/// Which hub calls the API traces, as the dashboard shows them: every call but a bridge's streamed lines, which would
/// otherwise each be a trace of their own, dozens a second for every run. Each span is named and tagged as SignalR
/// names the call.
/// </summary>
public sealed class HubCallTracingTests : IDisposable
{
    private const string TestSourceName = "Baton.Tests.HubCallTracing";

    private static readonly ActivitySource TestSource = new(TestSourceName);

    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public HubCallTracingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is RealtimeTelemetry.Name or TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task A_bridge_line_makes_no_span_and_every_other_call_makes_one_named_as_SignalR_names_it()
    {
        var spans = await SpansOfAsync(
            Call(nameof(BridgeHub.Stream), typeof(BridgeHub)),
            Call(nameof(BridgeHub.RequestPermission), typeof(BridgeHub)),
            Call(nameof(BridgeHub.Complete), typeof(BridgeHub)),
            Call(nameof(ChatHub.SendMessage), typeof(ChatHub)));

        Assert.Equal(
            [
                $"{typeof(BridgeHub).FullName}/{WireEvents.PermissionRequest}",
                $"{typeof(BridgeHub).FullName}/{WireEvents.ClaudeComplete}",
                $"{typeof(ChatHub).FullName}/{WireEvents.ChatSendMessage}",
            ],
            spans.Select(span => span.OperationName));
        var sent = spans[^1];
        Assert.Equal(ActivityKind.Server, sent.Kind);
        Assert.Equal("signalr", sent.GetTagItem("rpc.system"));
        Assert.Equal(typeof(ChatHub).FullName, sent.GetTagItem("rpc.service"));
        Assert.Equal(WireEvents.ChatSendMessage, sent.GetTagItem("rpc.method"));
        Assert.All(spans, span => Assert.Equal(ActivityStatusCode.Unset, span.Status));
    }

    [Fact]
    public async Task A_failed_call_passes_its_error_on_unchanged_and_its_span_says_it_failed()
    {
        var refusal = new HubException("not_found: The conversation was not found.");
        using var parent = TestSource.StartActivity("test")!;

        var thrown = await Assert.ThrowsAsync<HubException>(() =>
            new HubCallTracing().InvokeMethodAsync(Call(nameof(ChatHub.SendMessage), typeof(ChatHub)), _ => throw refusal).AsTask());
        parent.Stop();

        Assert.Same(refusal, thrown);
        var span = Assert.Single(_stopped, span => span.ParentSpanId == parent.SpanId);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(typeof(HubException).FullName, span.GetTagItem("error.type"));
    }

    public void Dispose() => _listener.Dispose();

    /// <summary>The spans the calls made, in order, each under a parent of this test's own, so no other test's spans are counted.</summary>
    private async Task<List<Activity>> SpansOfAsync(params HubInvocationContext[] calls)
    {
        using var parent = TestSource.StartActivity("test")!;
        var tracing = new HubCallTracing();
        foreach (var call in calls)
        {
            await tracing.InvokeMethodAsync(call, _ => ValueTask.FromResult<object?>(null));
        }

        parent.Stop();
        return [.. _stopped.Where(span => span.ParentSpanId == parent.SpanId)];
    }

    private static HubInvocationContext Call(string methodName, Type hub) =>
        new(new TestCallerContext(), new EmptyServices(), new TestHub(), hub.GetMethod(methodName)!, []);

    private sealed class TestHub : Hub;

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }

    private sealed class TestCallerContext : HubCallerContext
    {
        public override string ConnectionId => "test-connection";
        public override string? UserIdentifier => null;
        public override ClaimsPrincipal? User => null;
        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();
        public override IFeatureCollection Features { get; } = new FeatureCollection();
        public override CancellationToken ConnectionAborted => CancellationToken.None;

        public override void Abort()
        {
        }
    }
}
