using System.Text.Json.Nodes;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Foundation;

/// <summary>
/// The manifest azd deploys from: containers for the stores, a public API in Production serving the
/// web app, data on a volume, secrets as parameters, nothing local.
/// </summary>
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
        Assert.False(resources.ContainsKey("frontend"), "Vite's server of the web app must never be deployed.");
        Assert.False(resources.ContainsKey("bridge"), "The bridge runs on the developer's machine unless a setting includes it.");

        var apiEnvironment = resources["api"]!["env"]!.AsObject();
        Assert.Contains("{baton.connectionString}", apiEnvironment["ConnectionStrings__baton"]!.GetValue<string>());
        Assert.Contains("{redis.connectionString}", apiEnvironment["ConnectionStrings__redis"]!.GetValue<string>());
    }

    [Fact]
    public async Task Published_api_is_reachable_from_the_internet_and_runs_as_production()
    {
        var api = (await PublishManifestAsync())["api"]!;

        Assert.True(api["bindings"]!["http"]!["external"]?.GetValue<bool>(), "Without external ingress nobody can reach the deployed API.");
        Assert.Equal("Production", Variable(api, "ASPNETCORE_ENVIRONMENT"));
        Assert.Equal("Production", Variable(api, "DOTNET_ENVIRONMENT"));
    }

    [Fact]
    public async Task Published_api_keeps_sign_up_closed_and_creates_the_first_user_from_parameters()
    {
        var api = (await PublishManifestAsync())["api"]!;

        Assert.Equal("closed", Variable(api, "Auth__SignUp"));
        Assert.Equal("{seed-email.value}", Variable(api, "Seed__Email"));
        Assert.Equal("{seed-password.value}", Variable(api, "Seed__Password"));
    }

    [Fact]
    public async Task Sign_up_can_be_opened_on_a_deployment_by_a_setting()
    {
        var api = (await PublishManifestAsync("--Baton:SignUp=open"))["api"]!;

        Assert.Equal("open", Variable(api, "Auth__SignUp"));
    }

    [Fact]
    public async Task Published_postgres_keeps_its_data_on_a_named_volume()
    {
        var postgres = (await PublishManifestAsync())["postgres"]!;

        var volume = Assert.Single(postgres["volumes"]!.AsArray())!;
        Assert.Equal("baton-postgres-data", volume["name"]!.GetValue<string>());
        Assert.StartsWith("/var/lib/postgresql", volume["target"]!.GetValue<string>());
        Assert.False(volume["readOnly"]?.GetValue<bool>());
    }

    [Fact]
    public async Task A_managed_database_replaces_the_postgres_container_with_an_asked_for_connection_string()
    {
        var resources = await PublishManifestAsync("--Baton:ManagedDatabase=true");

        Assert.False(resources.ContainsKey("postgres"), "With a managed database no PostgreSQL container is deployed.");
        Assert.True(Input(resources, "baton")["secret"]?.GetValue<bool>(), "The connection string holds a password: it must be a secret parameter.");
        Assert.Null(Input(resources, "baton")["default"]);
        Assert.Equal("{baton.connectionString}", Variable(resources["api"]!, "ConnectionStrings__baton"));
    }

    [Fact]
    public async Task Published_secrets_are_parameters_that_a_deployment_asks_for_or_generates()
    {
        var resources = await PublishManifestAsync();

        Assert.Equal("{jwt-signing-key.value}", Variable(resources["api"]!, "Auth__SigningKey"));
        foreach (var secret in new[] { "jwt-signing-key", "seed-password", "postgres-password", "redis-password" })
        {
            var input = Input(resources, secret);
            Assert.True(input["secret"]?.GetValue<bool>(), $"{secret} must be a secret parameter.");
            Assert.Null(input["default"]?["value"]);
        }

        // The first user's account is the deployer's to choose: no default, so azd asks.
        Assert.Null(Input(resources, "seed-email")["default"]);
        Assert.Null(Input(resources, "seed-password")["default"]);
    }

    [Fact]
    public async Task Manifest_includes_the_bridge_when_a_setting_asks_for_it()
    {
        var resources = await PublishManifestAsync("--Baton:WithBridge=true");

        Assert.Equal("project.v0", Type(resources, "bridge"));
        Assert.Contains("{api.bindings.http.url}", resources["bridge"]!["env"]!.ToJsonString());
    }

    private static string? Type(JsonObject resources, string name) => resources[name]?["type"]?.GetValue<string>();

    private static string? Variable(JsonNode resource, string name) => resource["env"]?[name]?.GetValue<string>();

    private static JsonNode Input(JsonObject resources, string parameter)
    {
        Assert.Equal("parameter.v0", Type(resources, parameter));
        return resources[parameter]!["inputs"]!["value"]!;
    }

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
