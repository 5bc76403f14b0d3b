using Baton.AppHost.Deployment;
using Baton.AppHost.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Baton.AppHost;

public static class BatonServicesExtensions
{
    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IResourceBuilder<ProjectResource> AddBatonApi(
        this IDistributedApplicationBuilder builder,
        string name,
        BatonInfrastructure infrastructure,
        BatonSecrets secrets,
        BatonSettings settings,
        int? port = null)
    {
        var api = builder.AddBatonProject<Projects.Baton_Api>(name, port)
            .WithReference(infrastructure.Database).WaitFor(infrastructure.Database)
            .WithReference(infrastructure.Redis).WaitFor(infrastructure.Redis)
            .WithEnvironment("Auth__SigningKey", secrets.SigningKey)
            .WithEnvironment("Seed__Email", secrets.FirstUser.Email)
            .WithEnvironment("Seed__Password", secrets.FirstUser.Password)
            .WithEnvironment("Push__VapidPrivateKey", secrets.VapidPrivateKey)
            .WithEnvironment("Push__Subject", ReferenceExpression.Create($"mailto:{secrets.FirstUser.Email}"))
            .WithSignUpPolicy()
            .WithHttpHealthCheck("/health")
            .PublishAsPublicApi();

        // Tests shorten how long a vanished bridge's runs wait for it (Bridges:ReconnectGrace, default 30 s).
        if (builder.Configuration["Baton:BridgeReconnectGrace"] is { Length: > 0 } reconnectGrace)
        {
            api.WithEnvironment("Bridges__ReconnectGrace", reconnectGrace);
        }

        // Tests receive pushes on loopback, which everyone else is refused (Push:AllowLoopbackEndpoints).
        if (builder.Configuration.GetValue<bool>("Baton:PushAllowLoopback"))
        {
            api.WithEnvironment("Push__AllowLoopbackEndpoints", "true");
        }

        // A local run without a second instance has one API, which then needs no backplane for its rooms. A deployment
        // keeps it: replicas are added to the container app, not here.
        if (builder.ExecutionContext.IsRunMode && !settings.SecondApi)
        {
            api.WithEnvironment("Realtime__SingleInstance", "true");
        }

        if (builder.ExecutionContext.IsRunMode && secrets.BridgeToken is { } bridgeToken)
        {
            // The local run needs no set-up: unless there is no local bridge, its token and a playground project beside the first user.
            api.WithEnvironment("Seed__BridgeToken", bridgeToken)
                .WithEnvironment("Seed__WorkspaceRoot", settings.WorkspaceRoot);
        }

        return api;
    }

    public static IResourceBuilder<ProjectResource> AddBatonBridge(
        this IDistributedApplicationBuilder builder,
        string name,
        IResourceBuilder<ProjectResource> api,
        BatonSecrets secrets,
        BatonSettings settings)
    {
        var bridgeToken = secrets.BridgeToken ?? throw new InvalidOperationException("A bridge needs the bridge-token parameter.");
        Directory.CreateDirectory(settings.WorkspaceRoot);
        var bridge = builder.AddBatonProject<Projects.Baton_Bridge>(name)
            .WithReference(api).WaitFor(api)
            .WithEnvironment("Bridge__Token", bridgeToken)
            .WithEnvironment("Bridge__WorkspaceRoots__0", settings.WorkspaceRoot)
            .WithEnvironment("Claude__CliPath", PinnedClaudeCli(builder) ?? "claude")
            .WithHttpHealthCheck("/health");
        if (settings.CliConfigDir is { } configDir)
        {
            bridge.WithEnvironment("Claude__ConfigDir", configDir);
        }

        // A bridge opens no port unless asked: this one serves its health check on the port the orchestrator picked.
        bridge.WithEnvironment("Bridge__StatusPort", bridge.GetEndpoint("http").Property(EndpointProperty.TargetPort));

        if (settings.Demo)
        {
            var model = builder.AddBatonProject<Projects.Baton_ScriptedModel>("model").WithHttpHealthCheck("/health");
            bridge.WaitFor(model)
                .WithEnvironment("Claude__Demo", "true")
                // The scripted model answers at once or not at all: retrying would only delay its errors.
                .WithEnvironment("Claude__MaxRetries", "0")
                .WithEnvironment("Claude__Environment__ANTHROPIC_BASE_URL", model.GetEndpoint("http"))
                .WithEnvironment("Claude__Environment__ANTHROPIC_API_KEY", "baton-demo")
                // No telemetry, error reports or update checks: a demo talks to its scripted model only, and where
                // nothing else is reachable the CLI's lookups of other hosts only cost time.
                .WithEnvironment("Claude__Environment__CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1")
                // The CLI gives the model it runs by default no todo list; these give it TodoWrite,
                // which the scripted model's checklist scenario calls (docs/claude-cli-facts.md).
                .WithEnvironment("Claude__Environment__CLAUDE_CODE_ENABLE_TODO_TOOLS", "1")
                .WithEnvironment("Claude__Environment__CLAUDE_CODE_ENABLE_TASKS", "0");
        }
        else if (builder.Configuration["Parameters:anthropic-api-key"] is { Length: > 0 })
        {
            // Without this secret the CLI signs in as the user who runs the bridge (its own login).
            bridge.WithEnvironment("Claude__Environment__ANTHROPIC_API_KEY", builder.AddParameter("anthropic-api-key", secret: true));
        }

        return bridge;
    }

    /// <summary>
    /// A service on an http endpoint whose port the orchestrator picks unless one is given, so two
    /// instances of one project (and parallel test runs) never clash, in the AppHost's environment
    /// locally and in Production when published (the AppHost itself runs as Development when it publishes).
    /// Locally the service listens on that port itself rather than behind the orchestrator's proxy: every request and
    /// WebSocket frame to the API (each streamed event twice, bridge in and browser out) crossed the proxy's process
    /// too, which at 200 conversations streaming took 23 µs of CPU per event (the API's own relay work took 39 in that
    /// run), on the same cores.
    /// </summary>
    internal static IResourceBuilder<ProjectResource> AddBatonProject<TProject>(this IDistributedApplicationBuilder builder, string name, int? port = null)
        where TProject : IProjectMetadata, new()
    {
        var environmentName = builder.ExecutionContext.IsPublishMode ? Environments.Production : builder.Environment.EnvironmentName;
        return builder.AddProject<TProject>(name, launchProfileName: null)
            .WithHttpEndpoint(port: port, isProxied: builder.ExecutionContext.IsPublishMode)
            .WithEnvironment("DOTNET_ENVIRONMENT", environmentName)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", environmentName)
            .WithoutTelemetryExportWhenNothingReceivesIt();
    }

    /// <summary>
    /// Without the dashboard (the tests, the benchmarks, <c>--DisableDashboard</c>) nothing receives telemetry, yet the
    /// orchestrator still points every service at its default endpoint. Each export then fails and is retried, costing
    /// CPU every second, and a stopping service waits out its final export's timeout before it exits, longer than the
    /// orchestrator waits for it. The services still record their traces and metrics for anything listening in-process.
    /// </summary>
    private static IResourceBuilder<ProjectResource> WithoutTelemetryExportWhenNothingReceivesIt(this IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment(context =>
        {
            if (context.ExecutionContext.IsRunMode
                && context.ExecutionContext.Services.GetRequiredService<DistributedApplicationOptions>().DisableDashboard)
            {
                context.EnvironmentVariables.Remove(OtlpEndpointVariable);
            }
        });

    /// <summary>The CLI pinned in tools/claude-cli, when its packages are installed.</summary>
    private static string? PinnedClaudeCli(IDistributedApplicationBuilder builder)
    {
        var path = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "tools", "claude-cli", "node_modules", ".bin", "claude"));
        return File.Exists(path) ? path : null;
    }
}
