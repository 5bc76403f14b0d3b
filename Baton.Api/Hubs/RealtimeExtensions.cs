using Baton.Api.Auth;
using Baton.Api.Hubs.Filters;
using Baton.Api.Telemetry;
using Baton.Contracts;
using Baton.Contracts.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Instrumentation.AspNetCore;
using StackExchange.Redis;

namespace Baton.Api.Hubs;

public static class RealtimeExtensions
{
    /// <summary>The two hubs on the Redis backplane, their filters, limits and traces, and the browsers connected here.</summary>
    public static IHostApplicationBuilder AddBatonRealtime(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        var signalR = services.AddSignalR(options =>
            {
                options.AddFilter<HubCallTracing>();
                options.AddFilter<UnexpectedErrorFilter>();
            })
            .AddJsonProtocol(options => WireJson.Apply(options.PayloadSerializerOptions))
            .AddHubOptions<ChatHub>(options =>
            {
                options.MaximumReceiveMessageSize = BatonDefaults.ChatHubMaxFrameBytes;
                options.AddFilter<CallRateLimitFilter>();
                options.AddFilter<PayloadValidationFilter>();
            })
            .AddHubOptions<BridgeHub>(options =>
            {
                options.MaximumReceiveMessageSize = BatonDefaults.BridgeHubMaxFrameBytes;
                options.AddFilter<PayloadValidationFilter>();
            });
        // Registered after SignalR's own JSON protocol, so it replaces it under the same name.
        services.AddSingleton<IHubProtocol>(provider =>
            new InvalidRequestHubProtocol(
                new JsonHubProtocol(provider.GetRequiredService<IOptions<JsonHubProtocolOptions>>()),
                provider.GetRequiredService<ILogger<InvalidRequestHubProtocol>>()));
        // Each refusal (run_in_progress, not_found) reaches its caller as a coded HubException, and the
        // unexpected failures are logged by UnexpectedErrorFilter: SignalR's own error log of every failed
        // call would only repeat them, with stack traces. Off altogether (it logs nothing at Critical): with any
        // level on, SignalR makes the tags and link of a span for each call, a streamed line too, even when no span is made.
        builder.Logging.AddFilter("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.None);
        // Hub calls are traced by HubCallTracing, which makes no span at all for a streamed line.
        services.Configure<AspNetCoreTraceInstrumentationOptions>(tracing => tracing.EnableAspNetCoreSignalRSupport = false);
        services.AddSingleton<HubCallTracing>();
        services.AddSingleton<UnexpectedErrorFilter>();
        services.AddSingleton<CallRateLimitFilter>();
        services.AddSingleton<PayloadValidationFilter>();

        services.AddOptions<RealtimeOptions>().BindConfiguration(RealtimeOptions.SectionName);
        services.AddSingleton<RealtimeTelemetry>();
        services.AddSingleton<LocalBrowserConnections>();

        // The OpenAPI document's run maps the hubs but has no Redis, and serves nothing.
        if (!OpenApiDocumentGeneration.IsRunning)
        {
            // The backplane shares Aspire's connection (its health check, telemetry and settings). SignalR's own
            // ChannelPrefix is then ignored: a prefix belongs in the Redis client's configuration.
            signalR.AddStackExchangeRedis();
            services.RemoveAll(typeof(HubLifetimeManager<>));
            services.AddSingleton(typeof(HubLifetimeManager<>), typeof(LocalFirstHubLifetimeManager<>));
            services.AddOptions<RedisOptions>().Configure<IConnectionMultiplexer>((options, redis) =>
                options.ConnectionFactory = _ => Task.FromResult(redis));
        }

        return builder;
    }

    /// <summary>Browsers on <c>/hubs/chat</c> with their JWT; bridges on <c>/hubs/bridge</c> with their token.</summary>
    public static WebApplication MapBatonHubs(this WebApplication app)
    {
        // A browser's access token lives an hour: past it the connection closes, and the app reconnects with a fresh one.
        app.MapHub<ChatHub>(HubPaths.Chat, options => options.CloseOnAuthenticationExpiration = true).RequireAuthorization();
        app.MapHub<BridgeHub>(HubPaths.Bridge).RequireAuthorization(AuthSchemes.BridgePolicy);
        return app;
    }
}
