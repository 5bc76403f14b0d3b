using System.Net.Http.Headers;
using Baton.Bridge.Attachments;
using Baton.Bridge.Cli;
using Baton.Bridge.Configuration;
using Baton.Bridge.Connection;
using Baton.Bridge.Context;
using Baton.Bridge.Files;
using Baton.Bridge.Git;
using Baton.Bridge.Outbox;
using Baton.Bridge.Processes;
using Baton.Bridge.Runs;
using Baton.Bridge.Sessions;
using Baton.Bridge.Status;
using Baton.Bridge.Tasks;
using Baton.Bridge.Workspace;
using Baton.Contracts.Bridges;
using Microsoft.Extensions.Options;

namespace Baton.Bridge.Extensions;

public static class BridgeServiceExtensions
{
    public const string StatusEndpointPath = "/status";

    public static IHostApplicationBuilder AddBridgeServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BridgeOptions>()
            .BindConfiguration(BridgeOptions.SectionName)
            .PostConfigure<IConfiguration>((options, configuration) => options.ApiUrl = WithTrailingSlash(options.ApiUrl ?? DiscoveredApiUrl(configuration)))
            .ValidateDataAnnotations()
            // Plain messages: baton-bridge prints them as they are when a setting is missing.
            .Validate(options => !string.IsNullOrWhiteSpace(options.Token), "Set --token (Bridge:Token) to a bridge token created on Baton's Bridges page.")
            .Validate(options => options.ApiUrl is { IsAbsoluteUri: true }, "Set --server (Bridge:ApiUrl) to Baton's address, e.g. https://baton.example.com.")
            .Validate(options => options.WorkspaceRoots.Count > 0, "Set --workspace (Bridge:WorkspaceRoots:0) to a folder with your code.")
            .ValidateOnStart();
        builder.Services.AddOptions<ClaudeCliOptions>()
            .BindConfiguration(ClaudeCliOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ClaudeCliLocator>();
        builder.Services.AddSingleton<ChildProcessLauncher>();
        builder.Services.AddSingleton<WorkspaceRoots>();
        builder.Services.AddSingleton<WorkspaceFiles>();
        builder.Services.AddSingleton<WorkspaceGitDiff>();
        builder.Services.AddSingleton<ConversationContext>();
        builder.Services.AddSingleton<BackgroundTaskStopper>();
        builder.Services.AddSingleton<CliConfigFolder>();
        builder.Services.AddSingleton<LocalTranscripts>();
        builder.Services.AddSingleton<SessionTranscriptTip>();
        builder.Services.AddSingleton<RunOutbox>();
        builder.Services.AddSingleton<RunPlacement>();
        builder.Services.AddSingleton<ClaudeProcessPool>();
        builder.Services.AddSingleton<RunSupervisor>();
        builder.Services.AddSingleton<ClaudeModelCatalogue>();
        builder.Services.AddSingleton<BridgeStatusReporter>();
        builder.Services.AddSingleton<BridgeClient>();
        builder.Services.AddSingleton<BridgeConnection>();
        builder.Services.AddHttpClient<AttachmentDownloader>((services, http) =>
        {
            var bridge = services.GetRequiredService<IOptions<BridgeOptions>>().Value;
            http.BaseAddress = bridge.ApiUrl;
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bridge.Token);
        });

        // Hosted services stop in reverse order: the supervisor ends the runs first, the sender
        // then flushes their last events, and the connection closes last.
        builder.Services.AddHostedService(services => services.GetRequiredService<BridgeConnection>());
        builder.Services.AddHostedService<OutboxSender>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RunSupervisor>());

        builder.Services.AddHealthChecks().AddCheck<ClaudeCliHealthCheck>("claude-cli");
        return builder;
    }

    /// <summary>
    /// The bridge's local status page (it listens on loopback of the developer's machine):
    /// whether the CLI was found, and whether the API connection is up, for the dashboard and the tests.
    /// </summary>
    public static WebApplication MapBridgeStatus(this WebApplication app)
    {
        app.MapGet(StatusEndpointPath, async (BridgeStatusReporter reporter, BridgeConnection connection) =>
            TypedResults.Ok(new LocalStatus(connection.IsRegistered, await reporter.ReportAsync())));
        return app;
    }

    /// <summary>The API's address from Aspire's service discovery, https preferred.</summary>
    private static Uri? DiscoveredApiUrl(IConfiguration configuration) =>
        (configuration["services:api:https:0"] ?? configuration["services:api:http:0"]) is { Length: > 0 } url
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri
            : null;

    /// <summary>Relative paths (<c>hubs/bridge</c>, <c>api/bridge/uploads</c>) then keep any path the API is served under.</summary>
    private static Uri? WithTrailingSlash(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && !uri.AbsolutePath.EndsWith('/') ? new Uri(uri.AbsoluteUri + "/") : uri;

    /// <summary>Whether the bridge is registered with the API, and what it says about itself there too.</summary>
    private sealed record LocalStatus(bool Connected, BridgeStatus Status);
}
