using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Baton.Api.Telemetry;

/// <summary>
/// The real-time core's spans and instruments, under the <c>Baton.Api</c> name the service defaults
/// export. Counts of connections and runs are per instance; a dashboard sums them.
/// </summary>
public sealed class RealtimeTelemetry
{
    public const string Name = "Baton.Api";

    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly UpDownCounter<long> _browsers;
    private readonly UpDownCounter<long> _bridges;
    private readonly UpDownCounter<long> _activeRuns;
    private readonly Histogram<double> _relayLatency;
    private readonly Histogram<double> _promptWait;
    private readonly Counter<long> _errors;

    public RealtimeTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(Name);
        _browsers = meter.CreateUpDownCounter<long>("baton.browsers.connected", description: "Browser connections to /hubs/chat on this instance.");
        _bridges = meter.CreateUpDownCounter<long>("baton.bridges.connected", description: "Bridge connections to /hubs/bridge on this instance.");
        _activeRuns = meter.CreateUpDownCounter<long>("baton.runs.active", description: "Runs started minus runs ended, as seen by this instance.");
        _relayLatency = meter.CreateHistogram<double>("baton.relay.latency", unit: "ms", description: "From a bridge message arriving to its events sent to browsers.");
        _promptWait = meter.CreateHistogram<double>("baton.prompt.wait", unit: "s", description: "From a permission prompt opening to its resolution.");
        _errors = meter.CreateCounter<long>("baton.errors", description: "Failed hub calls and failed runs, by error code.");
    }

    public void BrowserConnected() => _browsers.Add(1);

    public void BrowserDisconnected() => _browsers.Add(-1);

    public void BridgeConnected() => _bridges.Add(1);

    public void BridgeDisconnected() => _bridges.Add(-1);

    public void RunStarted() => _activeRuns.Add(1);

    public void RunEnded() => _activeRuns.Add(-1);

    public void RecordRelayLatency(TimeSpan latency) => _relayLatency.Record(latency.TotalMilliseconds);

    public void RecordPromptWait(TimeSpan wait) => _promptWait.Record(wait.TotalSeconds);

    public void RecordError(string code) => _errors.Add(1, new KeyValuePair<string, object?>("code", code));
}
