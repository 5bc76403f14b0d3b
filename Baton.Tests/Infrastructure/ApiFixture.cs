namespace Baton.Tests.Infrastructure;

/// <summary>Two API instances on real PostgreSQL and Redis; no bridge, no web server.</summary>
public sealed class ApiFixture() : BatonAppFixture(new BatonAppOptions { SecondApi = true });
