using System.Net;
using System.Net.Http.Json;
using Baton.Api.Endpoints.Projects;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class ProjectsTests(ApiFixture app)
{
    [Fact]
    public async Task Project_is_created_listed_read_updated_and_deleted()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var bridge = await user.CreateBridgeAsync();
        var otherBridge = await user.CreateBridgeAsync();

        var created = await user.PostAsync<ProjectResponse>("/api/projects", new ProjectRequest("site", "/home/me/site", bridge.Id));
        var listed = await user.GetAsync<List<ProjectResponse>>("/api/projects");
        var read = await user.GetAsync<ProjectResponse>($"/api/projects/{created.Id}");
        using var update = await user.Client.PutAsJsonAsync(
            $"/api/projects/{created.Id}", new ProjectRequest("site-renamed", @"C:\work\site", otherBridge.Id), ApiJson.Options);
        var updated = await update.Content.ReadFromJsonAsync<ProjectResponse>(ApiJson.Options);
        using var delete = await user.Client.DeleteAsync($"/api/projects/{created.Id}");
        using var afterDelete = await user.Client.GetAsync($"/api/projects/{created.Id}");

        Assert.Equal(["site"], listed.Select(p => p.Name));
        Assert.Equal(created, read);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal(("site-renamed", @"C:\work\site", otherBridge.Id), (updated!.Name, updated.RootDirectory, updated.BridgeId));
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await ProblemAssert.IsProblemAsync(afterDelete, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Second_project_with_the_same_name_is_a_conflict()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync(name: "twice");

        using var response = await user.Client.PostAsJsonAsync(
            "/api/projects", new ProjectRequest("twice", "/srv/other", project.BridgeId), ApiJson.Options);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("", "/srv/x", "name")]
    [InlineData("x", "relative/path", "rootDirectory")]
    [InlineData("x", "", "rootDirectory")]
    public async Task Project_with_invalid_fields_is_a_validation_problem(string name, string rootDirectory, string field)
    {
        using var user = await ApiUser.SignUpAsync(app);
        var bridge = await user.CreateBridgeAsync();

        using var response = await user.Client.PostAsJsonAsync("/api/projects", new ProjectRequest(name, rootDirectory, bridge.Id), ApiJson.Options);

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task Project_bound_to_an_unknown_bridge_is_not_found()
    {
        using var user = await ApiUser.SignUpAsync(app);

        using var response = await user.Client.PostAsJsonAsync("/api/projects", new ProjectRequest("x", "/srv/x", Guid.NewGuid()), ApiJson.Options);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Project_cannot_be_bound_to_a_revoked_bridge()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var bridge = await user.CreateBridgeAsync();
        (await user.Client.DeleteAsync($"/api/bridges/{bridge.Id}")).Dispose();

        using var response = await user.Client.PostAsJsonAsync("/api/projects", new ProjectRequest("x", "/srv/x", bridge.Id), ApiJson.Options);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_project_ids_are_not_found()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var bridge = await user.CreateBridgeAsync();
        var unknown = Guid.NewGuid();

        using var get = await user.Client.GetAsync($"/api/projects/{unknown}");
        using var put = await user.Client.PutAsJsonAsync($"/api/projects/{unknown}", new ProjectRequest("x", "/srv/x", bridge.Id), ApiJson.Options);
        using var delete = await user.Client.DeleteAsync($"/api/projects/{unknown}");
        using var notAGuid = await user.Client.GetAsync("/api/projects/not-a-guid");

        await ProblemAssert.IsProblemAsync(get, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(put, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(notAGuid, HttpStatusCode.NotFound);
    }
}
