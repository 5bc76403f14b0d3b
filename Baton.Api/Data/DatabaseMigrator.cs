using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Baton.Api.Data;

/// <summary>
/// Applies migrations, then seeds, once at start. Instances starting together take turns through a
/// PostgreSQL advisory lock held for both steps; the second finds nothing left to do.
/// </summary>
public sealed class DatabaseMigrator(
    IServiceProvider services,
    DatabaseReadiness readiness,
    ILogger<DatabaseMigrator> logger) : BackgroundService
{
    // Any constant every instance agrees on: "Baton" in ASCII.
    private const long MigrationLockKey = 0x426174_6F6E;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDbContext>();
        var seeder = scope.ServiceProvider.GetRequiredService<DatabaseSeeder>();

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async cancellationToken =>
        {
            await EnsureDatabaseExistsAsync(db, cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                // Session-level: migrations run their own transactions, so the lock must outlive them.
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
                logger.LogInformation("Applying database migrations");
                // Otherwise a fresh database's first read of the history table fails, logged as an error.
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
                await seeder.SeedAsync(cancellationToken);
            }
            finally
            {
                // A broken connection has lost its session, and the lock with it; otherwise release it here.
                if (db.Database.GetDbConnection().State == ConnectionState.Open)
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
                }

                await db.Database.CloseConnectionAsync();
            }
        }, stoppingToken);

        readiness.MarkReady();
        logger.LogInformation("Database ready");
    }

    private static async Task EnsureDatabaseExistsAsync(BatonDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance created it between the check and here.
        }
    }
}
