using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Baton.Tests.Foundation;

/// <summary>
/// What <c>scripts/run.sh</c> asks of the AppHost: fixed ports a hand-started bridge can rely on across restarts,
/// and, when asked, no local bridge at all or the web app from Vite's dev server; the tests' own starts keep ports
/// the orchestrator picks, and the built web app.
/// </summary>
public sealed class LocalRunSettingsTests
{
    [Fact]
    public async Task Fixed_ports_for_the_web_app_and_the_api_are_kept_and_otherwise_the_orchestrator_picks()
    {
        await using var fixedPorts = await CreateAsync("--Baton:WebPort=5173", "--Baton:ApiPort=5180");
        await using var picked = await CreateAsync();

        Assert.Equal(5173, HttpPort(fixedPorts, "frontend"));
        Assert.Equal(5180, HttpPort(fixedPorts, "api"));
        Assert.Null(HttpPort(picked, "frontend"));
        Assert.Null(HttpPort(picked, "api"));
    }

    [Fact]
    public async Task Every_service_is_reached_on_its_own_port_not_through_the_orchestrators_proxy()
    {
        await using var builder = await CreateAsync("--Baton:SecondApi=true");

        var services = builder.Resources.OfType<ProjectResource>().ToList();

        Assert.Contains(services, service => service.Name == "api2");
        Assert.All(services, service => Assert.False(HttpEndpoint(service).IsProxied, service.Name));
    }

    [Fact]
    public async Task Without_a_local_bridge_no_bridge_is_run_and_no_bridge_token_is_seeded()
    {
        await using var withBridge = await CreateAsync();
        await using var noBridge = await CreateAsync("--Baton:WithBridge=false", "--Baton:SeedLocalBridge=false");

        Assert.Contains(withBridge.Resources, resource => resource.Name == "bridge-token");
        Assert.DoesNotContain(noBridge.Resources, resource => resource.Name is "bridge" or "bridge-token");
        Assert.Contains(noBridge.Resources, resource => resource.Name == "seed-email");
    }

    [Fact]
    public async Task The_web_app_is_built_then_served_as_built_unless_hot_reload_is_asked_for()
    {
        await using var built = await CreateAsync();
        await using var hotReload = await CreateAsync("--Baton:FrontendHotReload=true");

        Assert.Equal(["run", "bundle"], await ArgumentsAsync(built, "frontend-build"));
        Assert.Equal(["run", "preview"], await ArgumentsAsync(built, "frontend"));
        Assert.Contains(Resource(built, "frontend").Annotations.OfType<WaitAnnotation>(), wait => wait.Resource.Name == "frontend-build");
        Assert.Equal(["run", "dev"], await ArgumentsAsync(hotReload, "frontend"));
        Assert.DoesNotContain(hotReload.Resources, resource => resource.Name == "frontend-build");
    }

    private static IResource Resource(IDistributedApplicationTestingBuilder builder, string resourceName) =>
        builder.Resources.Single(resource => resource.Name == resourceName);

    private static async Task<string[]> ArgumentsAsync(IDistributedApplicationTestingBuilder builder, string resourceName)
    {
        var configuration = await ExecutionConfigurationBuilder.Create(Resource(builder, resourceName))
            .WithArgumentsConfig()
            .BuildAsync(builder.ExecutionContext, NullLogger.Instance, CancellationToken.None);
        return [.. configuration.Arguments.Select(argument => argument.Value)];
    }

    private static int? HttpPort(IDistributedApplicationTestingBuilder builder, string resourceName) =>
        HttpEndpoint(Resource(builder, resourceName)).Port;

    private static EndpointAnnotation HttpEndpoint(IResource resource) =>
        resource.Annotations.OfType<EndpointAnnotation>().Single(endpoint => endpoint.Name == "http");

    private static Task<IDistributedApplicationTestingBuilder> CreateAsync(params string[] settings) =>
        DistributedApplicationTestingBuilder.CreateAsync<Projects.Baton_AppHost>(
            ["--Baton:Infrastructure=local", $"--Baton:WorkspaceRoot={Path.Combine(Path.GetTempPath(), "baton-run-settings")}", .. settings]);
}
