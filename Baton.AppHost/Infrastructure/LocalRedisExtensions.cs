using Microsoft.Extensions.DependencyInjection;

namespace Baton.AppHost.Infrastructure;

public static class LocalRedisExtensions
{
    /// <summary>
    /// Adds <c>redis-server</c> on 127.0.0.1 at a port the orchestrator picks, without persistence
    /// (Redis only carries the backplane and pub/sub; PostgreSQL holds the truth). Reached directly, not through
    /// the orchestrator's proxy, as PostgreSQL is: every backplane message would pay the proxy's hop.
    /// </summary>
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name)
    {
        var redisServer = LocalExecutable.Require("redis-server", "redis-server");
        var resource = new LocalRedisResource(name, redisServer, builder.AppHostDirectory);

        string? connectionString = null;
        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddRedis(
            _ => connectionString ?? throw new InvalidOperationException($"The connection string of '{name}' is not known yet."),
            name: healthCheckKey);

        return builder.AddResource(resource)
            .WithEndpoint(name: LocalRedisResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add("--port");
                context.Args.Add(resource.Endpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add("--bind");
                context.Args.Add("127.0.0.1");
                context.Args.Add("--save");
                context.Args.Add("");
                context.Args.Add("--appendonly");
                context.Args.Add("no");
            })
            .WithIconName("Database")
            .OnConnectionStringAvailable(async (redis, _, cancellationToken) =>
                connectionString = await redis.ConnectionStringExpression.GetValueAsync(cancellationToken))
            .WithHealthCheck(healthCheckKey);
    }
}
