using System.Collections.Concurrent;
using System.Diagnostics;
using Baton.Bridge.Telemetry;
using Baton.Tests.Bridge.Support;

namespace Baton.Tests.Bridge;

/// <summary>The bridge's run span joins the trace the API started, so one trace covers the whole send.</summary>
public sealed class TracingTests
{
    [Fact]
    public async Task The_run_span_continues_the_trace_parent_of_claude_execute()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BridgeTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var host = await BridgeTestHost.StartAsync();
        var traceId = ActivityTraceId.CreateRandom();
        var parentSpanId = ActivitySpanId.CreateRandom();

        var request = host.NewRun("hello", traceParent: $"00-{traceId}-{parentSpanId}-01");
        await host.StartRunAsync(request);
        await host.WaitForCompletionAsync(request.RequestId);

        var span = Assert.Single(stopped, activity => Equals(activity.GetTagItem("baton.request_id"), request.RequestId));
        Assert.Equal(traceId, span.TraceId);
        Assert.Equal(parentSpanId, span.ParentSpanId);
        Assert.Equal("completed", span.GetTagItem("baton.run.outcome"));
    }
}
