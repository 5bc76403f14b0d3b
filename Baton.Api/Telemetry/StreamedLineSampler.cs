using Baton.Api.Hubs;
using Baton.Contracts.Hubs;
using OpenTelemetry.Trace;

namespace Baton.Api.Telemetry;

/// <summary>
/// Records every hub call but a bridge's <c>claude:stream</c>. SignalR makes each hub call a trace of its own, and a bridge
/// sends one such call for every line the CLI writes, dozens a second for each run: those traces would bury the ones
/// people look for, and exporting them would cost a deployment a span for every streamed word. What a line leads to is
/// traced still: the drains that store and publish it (<see cref="RealtimeTelemetry.ActivitySource"/>).
/// </summary>
public sealed class StreamedLineSampler(Sampler inner) : Sampler
{
    private static readonly string BridgeHubName = typeof(BridgeHub).FullName!;

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        IsStreamedLine(samplingParameters.Tags) ? new SamplingResult(SamplingDecision.Drop) : inner.ShouldSample(samplingParameters);

    /// <summary>SignalR names the hub and the method of the call it traces in these tags; read in one pass, as every span is sampled here.</summary>
    private static bool IsStreamedLine(IEnumerable<KeyValuePair<string, object?>>? tags)
    {
        var (streams, onBridgeHub) = (false, false);
        foreach (var (key, value) in tags ?? [])
        {
            streams |= key == "rpc.method" && Equals(value, WireEvents.ClaudeStream);
            onBridgeHub |= key == "rpc.service" && Equals(value, BridgeHubName);
        }

        return streams && onBridgeHub;
    }
}
