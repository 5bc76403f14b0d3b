namespace Baton.Tests.Infrastructure;

/// <summary>
/// Two API instances and the real bridge (on <c>api</c>) with the CLI in demo mode, no web server:
/// an app of its own, because its tests kill processes and restart the stores. A vanished bridge's
/// runs fail after 5 s instead of 30.
/// </summary>
public sealed class FaultsFixture() : BatonAppFixture(new BatonAppOptions
{
    SecondApi = true,
    WithBridge = true,
    Demo = true,
    BridgeReconnectGrace = TimeSpan.FromSeconds(5),
});
