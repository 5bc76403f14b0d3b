using System.Text.Json.Nodes;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Foundation;

/// <summary>The manifest azd deploys from: containers for the stores, the API serving the web app, nothing local.</summary>
public sealed class PublishManifestTests
{
    [Fact]
    public async Task Manifest_describes_the_api_and_the_stores_as_containers_and_nothing_local()
    {
        var resources = await PublishManifestAsync();

        Assert.Equal("project.v0", Type(resources, "api"));
        Assert.Equal("container.v0", Type(resources, "redis"));
        Assert.Equal("container.v0", Type(resources, "postgres"));
        Assert.Equal("value.v0", Type(resources, "baton"));
        Assert.DoesNotContain(resources, resource => Type(resources, resource.Key) == "executable.v0");
        Assert.False(resources.ContainsKey("frontend"), "The Vite dev server must never be deployed.");
        Assert.False(resources.ContainsKey("bridge"), "The bridge runs on the developer's machine unless a setting includes it.");

        var apiEnvironment = resources["api"]!["env"]!.AsObject();
        Assert.Contains("{baton.connectionString}", apiEnvironment["ConnectionStrings__baton"]!.GetValue<string>());
        Assert.Contains("{redis.connectionString}", apiEnvironment["ConnectionStrings__redis"]!.GetValue<string>());
    }

    [Fact]
    public async Task Manifest_includes_the_bridge_when_a_setting_asks_for_it()
    {
        var resources = await PublishManifestAsync("--Baton:WithBridge=true");

        Assert.Equal("project.v0", Type(resources, "bridge"));
        Assert.Contains("{api.bindings.http.url}", resources["bridge"]!["env"]!.ToJsonString());
    }

    private static string? Type(JsonObject resources, string name) => resources[name]?["type"]?.GetValue<string>();

    private static async Task<JsonObject> PublishManifestAsync(params string[] settings)
    {
        var manifestPath = Path.Combine(Path.GetTempPath(), $"baton-manifest-{Guid.NewGuid():N}.json");
        try
        {
            var result = await ProcessRunner.RunAsync(
                "dotnet",
                ["run", "--project", RepositoryPaths.Combine("Baton.AppHost"), "--no-build", "--", "--publisher", "manifest", "--output-path", manifestPath, .. settings],
                RepositoryPaths.Root,
                TimeSpan.FromMinutes(2));
            Assert.True(result.ExitCode == 0, result.Describe());
            return JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!["resources"]!.AsObject();
        }
        finally
        {
            File.Delete(manifestPath);
        }
    }
}
