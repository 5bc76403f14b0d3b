using Baton.Api.Auth;
using Baton.Api.BackgroundTasks;
using Baton.Api.Bridges;
using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.ErrorHandling;
using Baton.Api.Hubs;
using Baton.Api.Inbox;
using Baton.Api.LocalSessions;
using Baton.Api.OpenApi;
using Baton.Api.Permissions;
using Baton.Api.Push;
using Baton.Api.Queue;
using Baton.Api.RunOptions;
using Baton.Api.Runs;
using Baton.Api.Search;
using Baton.Api.Security;
using Baton.Api.Uploads;
using Baton.Api.Usage;
using FluentValidation;
using StackExchange.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Baton.Api.Extensions;

public static class ApplicationServiceExtensions
{
    /// <summary>Connection-string names the AppHost gives both in local and in container mode.</summary>
    public const string DatabaseName = "baton";
    public const string RedisName = "redis";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        if (OpenApiDocumentGeneration.IsRunning)
        {
            // A stand-in key so the options validated at start pass; no token is issued in that run.
            builder.Configuration[$"{AuthOptions.SectionName}:{nameof(AuthOptions.SigningKey)}"] = new string('-', 32);
        }

        // The DbContext's own health check runs through the retrying execution strategy and would answer
        // only after a minute of retries while PostgreSQL is down; a plain connection check answers at once.
        builder.AddNpgsqlDbContext<BatonDbContext>(
            DatabaseName,
            settings =>
            {
                settings.DisableHealthChecks = true;
                settings.ConnectionString = PooledConnections.Tune(settings.ConnectionString);
            },
            BatonDbContext.ConfigureOptions);
        builder.Services.AddSingleton(services => RelayConnections.For(DatabaseConnectionString(services)));
        builder.Services.AddHealthChecks().AddNpgSql(
            DatabaseConnectionString,
            name: "postgres",
            timeout: TimeSpan.FromSeconds(10));
        // Redis registers its own health check, so /health reflects both stores. Its socket work runs on the
        // .NET thread pool: the client's own dedicated threads spun while waiting for replies, costing CPU
        // on every backplane message. Its commands are not traced: the backplane publishes one per streamed
        // event, so their spans would bury the traces people look for, and profiling each command cost the
        // relay about 1.5 % of its CPU at 50 conversations.
        builder.AddRedisClient(
            RedisName,
            settings => settings.DisableTracing = true,
            options => options.SocketManager = SocketManager.ThreadPool);
        builder.Services.TryAddSingleton(TimeProvider.System);

        builder.AddDatabaseMigrations();
        builder.AddBatonAuthentication();
        builder.AddBatonRealtime();
        builder.AddBridges();
        builder.AddConversations();
        builder.AddRuns();
        builder.AddMessageQueue();
        builder.AddBackgroundTasks();
        builder.AddPermissions();
        builder.AddRunOptions();
        builder.AddUploads();
        builder.AddPush();
        builder.AddLocalSessions();
        builder.Services.AddScoped<MessageSearch>();
        builder.AddInbox();
        builder.Services.AddScoped<UsageLedger>();

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<UniqueViolationExceptionHandler>();
        // Validators hold no state once built, and building one per hub call cost a tenth of the
        // API's CPU under a streaming load: each is built once.
        builder.Services.AddValidatorsFromAssemblyContaining<BatonDbContext>(ServiceLifetime.Singleton);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // Enums travel as camelCase names (the CLI's own spelling of permission modes), never as numbers.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            // Numbers are JSON numbers only, so the OpenAPI document (and the client generated from it) says so.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });

        builder.AddBrowserOriginChecks();
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<SecuritySchemesDocumentTransformer>();
            options.AddOperationTransformer<SecurityRequirementsOperationTransformer>();
        });
        return builder;
    }

    /// <summary>The database's connection string as Aspire gives it, before the DbContext's pool settings.</summary>
    private static string DatabaseConnectionString(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseName)!;

    private static void AddDatabaseMigrations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.SectionName);
        builder.Services.AddScoped<DatabaseSeeder>();
        builder.Services.AddSingleton<DatabaseReadiness>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadinessHealthCheck>("database-migrations");
        builder.Services.AddBackgroundService<DatabaseMigrator>();
    }
}
