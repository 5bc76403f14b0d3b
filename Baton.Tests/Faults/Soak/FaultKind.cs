namespace Baton.Tests.Faults.Soak;

/// <summary>The faults a soak run injects, one per run.</summary>
public enum FaultKind
{
    BridgeKilled,
    BrowserApiKilled,
    BridgeApiKilled,
    RedisRestarted,
    PostgresRestarted,
    BridgePaused,
}
