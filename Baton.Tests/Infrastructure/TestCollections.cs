namespace Baton.Tests.Infrastructure;

// The collections that share one started app each; they run one after another (xunit.runner.json).

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

[CollectionDefinition(Name)]
public sealed class FaultsCollection : ICollectionFixture<FaultsFixture>
{
    public const string Name = "Faults injected into a running app";
}

[CollectionDefinition(Name)]
public sealed class LoadBalancedCollection : ICollectionFixture<LoadBalancedFixture>
{
    public const string Name = "Two API instances behind a load balancer";
}
