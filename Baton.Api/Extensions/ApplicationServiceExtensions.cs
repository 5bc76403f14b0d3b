using Baton.Api.Data;

namespace Baton.Api.Extensions;

public static class ApplicationServiceExtensions
{
    /// <summary>Connection-string names the AppHost gives both in local and in container mode.</summary>
    public const string DatabaseName = "baton";
    public const string RedisName = "redis";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Both client integrations register a health check, so /health reflects PostgreSQL and Redis.
        builder.AddNpgsqlDbContext<BatonDbContext>(DatabaseName);
        builder.AddRedisClient(RedisName);
        return builder;
    }
}
