using Baton.Benchmarks.Scenarios;

namespace Baton.Benchmarks.Reporting;

/// <summary>
/// What one system did at one level, in the terms both systems are compared in. Milliseconds;
/// NaN where nothing was measured (no prompts asked, nothing delivered).
/// </summary>
public sealed record LevelFigures(
    long Sent,
    long Delivered,
    long Lost,
    double DeliveredPerSecond,
    double P50,
    double P99,
    CpuPerEvent Cpu,
    double PermissionP50,
    double PermissionP99)
{
    public static LevelFigures From(RelayResult relay) => new(
        relay.Sent,
        relay.Delivered,
        relay.Sent - relay.Delivered,
        relay.DeliveredPerSecond,
        relay.Latency.P50,
        relay.Latency.P99,
        relay.Cpu,
        relay.PermissionRoundTrip?.P50 ?? double.NaN,
        relay.PermissionRoundTrip?.P99 ?? double.NaN);
}

/// <summary>The peer relay and Baton at the same level, with Baton's figures over the peer's.</summary>
public sealed record SideBySideLevel(int Conversations, LevelFigures Peer, LevelFigures Baton)
{
    public double P50Ratio => Baton.P50 / Peer.P50;
    public double P99Ratio => Baton.P99 / Peer.P99;
    public double ThroughputRatio => Baton.DeliveredPerSecond / Peer.DeliveredPerSecond;
    public double RelayCpuRatio => Baton.Cpu.Relay / Peer.Cpu.Relay;
    public double PermissionP50Ratio => Baton.PermissionP50 / Peer.PermissionP50;
    public double PermissionP99Ratio => Baton.PermissionP99 / Peer.PermissionP99;
}
