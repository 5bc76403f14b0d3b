namespace Baton.Tests.Infrastructure;

/// <summary>One API alone, for tests that stop and start its infrastructure; its PostgreSQL runs with the AppHost's default storage settings.</summary>
public sealed class DisposableInfrastructureFixture() : BatonAppFixture(new BatonAppOptions { DurableStorage = null });
