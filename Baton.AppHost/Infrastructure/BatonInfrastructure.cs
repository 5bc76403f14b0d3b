using Microsoft.Extensions.Configuration;

namespace Baton.AppHost.Infrastructure;

/// <summary>Redis and the <c>baton</c> database, under the same connection-string names in either mode.</summary>
public sealed record BatonInfrastructure(
    IResourceBuilder<IResourceWithConnectionString> Redis,
    IResourceBuilder<IResourceWithConnectionString> Database);

public static class BatonInfrastructureExtensions
{
    public const string RedisName = "redis";
    public const string PostgresName = "postgres";
    public const string DatabaseName = "baton";
    public const string PostgresVolumeName = "baton-postgres-data";
    public const string DataRootKey = "Baton:DataRoot";
    public const string DurableStorageKey = "Baton:DurableStorage";
    public const string ManagedDatabaseKey = "Baton:ManagedDatabase";

    public static BatonInfrastructure AddBatonInfrastructure(this IDistributedApplicationBuilder builder)
    {
        if (InfrastructureModeResolver.Resolve(builder) is InfrastructureMode.Containers)
        {
            return new BatonInfrastructure(
                builder.AddRedis(RedisName),
                builder.Configuration.GetValue(ManagedDatabaseKey, false)
                    // A managed PostgreSQL (backups, failover) whose connection string a deployment asks for.
                    ? builder.AddConnectionString(DatabaseName)
                    // Named, not derived from the checkout's path, so a deployment from any checkout finds the same data.
                    : builder.AddPostgres(PostgresName).WithDataVolume(PostgresVolumeName).AddDatabase(DatabaseName));
        }

        var dataRoot = builder.Configuration[DataRootKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : LocalPostgresCluster.DefaultDataRoot(builder.AppHostDirectory);
        // Durable unless a caller (the tests) explicitly trades the history's safety for speed.
        var durable = builder.Configuration.GetValue(DurableStorageKey, true);
        return new BatonInfrastructure(
            builder.AddLocalRedis(RedisName),
            builder.AddLocalPostgres(PostgresName, dataRoot, durable).AddDatabase(DatabaseName));
    }
}
