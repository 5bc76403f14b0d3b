using Baton.AppHost.Infrastructure;

namespace Baton.AppHost;

public static class BatonServicesExtensions
{
    public static IResourceBuilder<ProjectResource> AddBatonApi(
        this IDistributedApplicationBuilder builder,
        string name,
        BatonInfrastructure infrastructure,
        IResourceBuilder<ParameterResource> signingKey,
        IResourceBuilder<ParameterResource> seedEmail,
        IResourceBuilder<ParameterResource> seedPassword,
        IResourceBuilder<ParameterResource> bridgeToken,
        BatonSettings settings)
    {
        var api = builder.AddBatonProject<Projects.Baton_Api>(name)
            .WithReference(infrastructure.Database).WaitFor(infrastructure.Database)
            .WithReference(infrastructure.Redis).WaitFor(infrastructure.Redis)
            .WithEnvironment("Auth__SigningKey", signingKey)
            .WithHttpHealthCheck("/health");

        if (builder.ExecutionContext.IsRunMode)
        {
            // The local run needs no set-up: a first user, the local bridge's token and a playground project.
            api.WithEnvironment("Seed__Email", seedEmail)
                .WithEnvironment("Seed__Password", seedPassword)
                .WithEnvironment("Seed__BridgeToken", bridgeToken)
                .WithEnvironment("Seed__WorkspaceRoot", settings.WorkspaceRoot);
        }

        return api;
    }

    public static IResourceBuilder<ProjectResource> AddBatonBridge(
        this IDistributedApplicationBuilder builder,
        string name,
        IResourceBuilder<ProjectResource> api,
        IResourceBuilder<ParameterResource> bridgeToken,
        BatonSettings settings)
    {
        Directory.CreateDirectory(settings.WorkspaceRoot);
        return builder.AddBatonProject<Projects.Baton_Bridge>(name)
            .WithReference(api).WaitFor(api)
            .WithEnvironment("Bridge__Token", bridgeToken)
            .WithEnvironment("Bridge__WorkspaceRoots__0", settings.WorkspaceRoot)
            .WithEnvironment("Claude__CliPath", PinnedClaudeCli(builder) ?? "claude")
            .WithHttpHealthCheck("/health");
    }

    /// <summary>
    /// A service on an http endpoint whose port the orchestrator picks, so two instances of one
    /// project (and parallel test runs) never clash, in the AppHost's environment.
    /// </summary>
    private static IResourceBuilder<ProjectResource> AddBatonProject<TProject>(this IDistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, launchProfileName: null)
            .WithHttpEndpoint()
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName);

    /// <summary>The CLI pinned in tools/claude-cli, when its packages are installed.</summary>
    private static string? PinnedClaudeCli(IDistributedApplicationBuilder builder)
    {
        var path = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "tools", "claude-cli", "node_modules", ".bin", "claude"));
        return File.Exists(path) ? path : null;
    }
}
