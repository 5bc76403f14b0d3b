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

    /// <summary>
    /// Lets the dev server's pages use <paramref name="api"/>: its origin, under both loopback names a
    /// person may open, joins the API's allowed browser origins (<c>Cors:Origins</c>), which the
    /// cross-site checks of state-changing requests and hub connections accept.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithFrontendOrigin(
        this IResourceBuilder<ProjectResource> api, IResourceBuilder<ExecutableResource> frontend)
    {
        var endpoint = frontend.GetEndpoint("http");
        return api.WithEnvironment("Cors__Origins__0", ReferenceExpression.Create($"http://localhost:{endpoint.Property(EndpointProperty.Port)}"))
            .WithEnvironment("Cors__Origins__1", ReferenceExpression.Create($"http://127.0.0.1:{endpoint.Property(EndpointProperty.Port)}"));
    }
}
