namespace Baton.Tests.Infrastructure;

/// <summary>One API alone, for tests that stop and start its infrastructure.</summary>
public sealed class DisposableInfrastructureFixture() : BatonAppFixture(new BatonAppOptions());
