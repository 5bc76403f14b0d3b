using System.Diagnostics;
using Baton.Api.Hubs;
using Baton.Api.Telemetry;
using Baton.Contracts.Hubs;
using OpenTelemetry.Trace;

namespace Baton.Tests.Realtime;

/// <summary>
/// Which hub calls the API traces: all but a bridge's streamed lines, which would otherwise each be a trace of their own in
/// the dashboard, dozens a second for every run. The tags are those SignalR gives the activity of each hub call.
/// </summary>
public sealed class StreamedLineSamplerTests
{
    private static readonly StreamedLineSampler Sampler = new(new AlwaysOnSampler());

    [Fact]
    public void A_bridge_line_is_not_traced()
    {
        Assert.Equal(SamplingDecision.Drop, DecisionFor(typeof(BridgeHub), WireEvents.ClaudeStream));
    }

    [Fact]
    public void Every_other_hub_call_and_every_other_span_is_traced_as_before()
    {
        SamplingDecision[] decisions =
        [
            DecisionFor(typeof(BridgeHub), WireEvents.PermissionRequest),
            DecisionFor(typeof(BridgeHub), WireEvents.ClaudeComplete),
            DecisionFor(typeof(ChatHub), WireEvents.ChatSendMessage),
            DecisionFor(typeof(ChatHub), WireEvents.ClaudeStream),
            Sampler.ShouldSample(new SamplingParameters(default, ActivityTraceId.CreateRandom(), "run.store-batch", ActivityKind.Internal)).Decision,
        ];

        Assert.All(decisions, decision => Assert.Equal(SamplingDecision.RecordAndSample, decision));
    }

    private static SamplingDecision DecisionFor(Type hub, string method) => Sampler.ShouldSample(new SamplingParameters(
        default,
        ActivityTraceId.CreateRandom(),
        "Microsoft.AspNetCore.SignalR.Server.InvocationIn",
        ActivityKind.Server,
        [new("rpc.method", method), new("rpc.system", "signalr"), new("rpc.service", hub.FullName)])).Decision;
}
