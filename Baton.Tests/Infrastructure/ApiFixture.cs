namespace Baton.Tests.Infrastructure;

/// <summary>
/// Two API instances on real PostgreSQL and Redis; no bridge, no web server. A vanished bridge's
/// runs fail after 3 s instead of 30, so tests can watch it happen.
/// </summary>
public sealed class ApiFixture() : BatonAppFixture(new BatonAppOptions { SecondApi = true, BridgeReconnectGrace = TimeSpan.FromSeconds(3) });
