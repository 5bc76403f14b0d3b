using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class RoutingTests(ApiFixture app)
{
    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/api/projects/not-a-guid/deeper")]
    [InlineData("/hubs/nothing-here")]
    [InlineData("/hubs/chat-not-really/negotiate")]
    public async Task Unknown_api_and_hub_paths_are_problem_404s_not_the_web_app(string path)
    {
        using var client = app.CreateHttpClient("api");

        using var response = await client.GetAsync(path);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Health_is_anonymous_and_says_only_the_status()
    {
        using var client = app.CreateHttpClient("api2");

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Body_of_a_type_the_endpoint_does_not_take_is_unsupported()
    {
        using var user = await ApiUser.SignUpAsync(app);

        using var response = await user.Client.PostAsync("/api/projects", new StringContent("name=x", Encoding.UTF8, "text/plain"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Method_an_endpoint_does_not_have_is_not_allowed()
    {
        using var user = await ApiUser.SignUpAsync(app);

        using var response = await user.Client.PatchAsync("/api/projects", new StringContent("{}", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Committed_openapi_document_matches_what_the_api_serves()
    {
        using var client = app.CreateHttpClient("api");
        var committedPath = RepositoryPaths.Combine("Baton.Api", "openapi", "Baton.Api.json");

        var served = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject();
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(committedPath))!.AsObject();
        // The served copy names the address it was fetched from; the committed one cannot.
        served.Remove("servers");
        committed.Remove("servers");

        Assert.True(JsonNode.DeepEquals(committed, served), "Baton.Api/openapi/Baton.Api.json is stale: build Baton.Api and commit it.");
    }
}
