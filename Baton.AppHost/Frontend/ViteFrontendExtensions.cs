namespace Baton.AppHost.Frontend;

public static class ViteFrontendExtensions
{
    /// <summary>
    /// Runs the web app of <c>Baton.Frontend</c>, after a one-shot <c>npm ci</c> where its packages are not installed as
    /// locked: built once (<c>vite build</c>) and
    /// served by Vite's preview server, which loads a page as fast as the published app does and sends its policy;
    /// with <paramref name="hotReload"/>, Vite's dev server instead, which reloads the page as its source changes
    /// (it serves every module apart, so a page takes seconds to load). Either reads <c>PORT</c> and proxies
    /// <c>/api</c>, <c>/hubs</c> and <c>/health</c> to the API found through service discovery. Never published: the
    /// API serves the built app. <paramref name="port"/>: the fixed port people open, in front of the one Vite
    /// listens on; the orchestrator picks one when null.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddViteFrontend(
        this IDistributedApplicationBuilder builder, string name, IResourceBuilder<ProjectResource> api, int? port, bool hotReload)
    {
        var frontendDirectory = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "Baton.Frontend"));

        var install = PackagesInstalled(frontendDirectory)
            ? null
            : builder.AddExecutable($"{name}-install", "npm", frontendDirectory, "ci", "--no-audit", "--no-fund", "--prefer-offline")
                .ExcludeFromManifest();

        IResourceBuilder<ExecutableResource> server;
        if (hotReload)
        {
            server = builder.AddExecutable(name, "npm", frontendDirectory, "run", "dev").AfterInstall(install);
        }
        else
        {
            var build = builder.AddExecutable($"{name}-build", "npm", frontendDirectory, "run", "bundle")
                .AfterInstall(install)
                .ExcludeFromManifest();
            server = builder.AddExecutable(name, "npm", frontendDirectory, "run", "preview").WaitForCompletion(build);
        }

        return server
            .WithHttpEndpoint(port: port, env: "PORT")
            .WithReference(api).WaitFor(api)
            .WithHttpHealthCheck("/")
            .ExcludeFromManifest();
    }

    /// <summary>
    /// Whether the packages were installed since the lock last changed: <c>npm ci</c> writes its own copy of the lock
    /// into <c>node_modules</c> (a missing file reads as the year 1601, so never newer).
    /// </summary>
    private static bool PackagesInstalled(string frontendDirectory) =>
        File.GetLastWriteTimeUtc(Path.Combine(frontendDirectory, "node_modules", ".package-lock.json"))
            > File.GetLastWriteTimeUtc(Path.Combine(frontendDirectory, "package-lock.json"));

    /// <summary>Starts <paramref name="step"/> once the packages are installed: at once where no install was needed.</summary>
    private static IResourceBuilder<ExecutableResource> AfterInstall(
        this IResourceBuilder<ExecutableResource> step, IResourceBuilder<ExecutableResource>? install) =>
        install is null ? step : step.WaitForCompletion(install);

    /// <summary>
    /// Lets the web app's pages use <paramref name="api"/>: its origin, under both loopback names a
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
