namespace Baton.Tests.Infrastructure;

/// <summary>
/// Two API instances on real PostgreSQL and Redis; no bridge, no web server. A vanished bridge's
/// runs fail after 3 s instead of 30, so tests can watch it happen.
/// </summary>
public sealed class ApiFixture() : BatonAppFixture(new BatonAppOptions { SecondApi = true, BridgeReconnectGrace = TimeSpan.FromSeconds(3) });

/// <summary>Everything a person runs in demo mode: API, bridge with the real CLI talking to the scripted model, and the Vite dev server.</summary>
public sealed class FullAppFixture() : BatonAppFixture(new BatonAppOptions { WithFrontend = true, WithBridge = true, Demo = true });

/// <summary>One API alone, for tests that stop and start its infrastructure.</summary>
public sealed class DisposableInfrastructureFixture() : BatonAppFixture(new BatonAppOptions());

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "Two API instances";
}

[CollectionDefinition(Name)]
public sealed class FullAppCollection : ICollectionFixture<FullAppFixture>
{
    public const string Name = "Whole app";
}

[CollectionDefinition(Name)]
public sealed class DisposableInfrastructureCollection : ICollectionFixture<DisposableInfrastructureFixture>
{
    public const string Name = "Infrastructure that tests stop";
}
