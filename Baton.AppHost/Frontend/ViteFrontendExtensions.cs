namespace Baton.AppHost.Frontend;

public static class ViteFrontendExtensions
{
    /// <summary>
    /// Runs the Vite dev server of <c>Baton.Frontend</c> after a one-shot <c>npm ci</c>. Vite
    /// reads <c>PORT</c> and proxies <c>/api</c>, <c>/hubs</c> and <c>/health</c> to the API
    /// found through service discovery. Never published: the API serves the built app. <paramref name="port"/>:
    /// the fixed port people open, in front of the one Vite listens on; the orchestrator picks one when null.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddViteFrontend(
        this IDistributedApplicationBuilder builder, string name, IResourceBuilder<ProjectResource> api, int? port = null)
    {
        var frontendDirectory = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "Baton.Frontend"));

        var install = builder.AddExecutable($"{name}-install", "npm", frontendDirectory, "ci", "--no-audit", "--no-fund", "--prefer-offline")
            .ExcludeFromManifest();

        return builder.AddExecutable(name, "npm", frontendDirectory, "run", "dev")
            .WithHttpEndpoint(port: port, env: "PORT")
            .WithReference(api).WaitFor(api)
            .WaitForCompletion(install)
            .WithHttpHealthCheck("/")
            .ExcludeFromManifest();
    }
}
