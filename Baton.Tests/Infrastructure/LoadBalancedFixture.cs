namespace Baton.Tests.Infrastructure;

/// <summary>
/// Two API instances behind a round-robin load balancer (<c>loadbalancer</c>) on real PostgreSQL and
/// Redis; no bridge, no web server: an app of its own, because its tests kill an instance.
/// </summary>
public sealed class LoadBalancedFixture() : BatonAppFixture(new BatonAppOptions { LoadBalancer = true });
