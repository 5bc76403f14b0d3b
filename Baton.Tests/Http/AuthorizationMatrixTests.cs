using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Baton.Api.Endpoints.Bridges;
using Baton.Api.Endpoints.Chat;
using Baton.Api.Endpoints.Projects;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Http;

/// <summary>Every endpoint, reached by a second user with the first user's ids: always 404, and nothing changes.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuthorizationMatrixTests(ApiFixture app)
{
    public static TheoryData<string> Endpoints =>
    [
        "GET project", "PUT project", "DELETE project", "POST project on owner's bridge",
        "POST conversation in owner's project", "GET conversations of owner's project",
        "GET conversation", "PATCH conversation", "DELETE conversation",
        "GET messages", "GET events",
        "POST upload to owner's conversation", "GET upload",
        "DELETE bridge", "GET upload as intruder's bridge",
        "GET local sessions of owner's project", "POST import into owner's project",
    ];

    // Any id: without a token the request is refused before it is looked up.
    private const string SomeId = "6d0c2d8e-1d0e-4a57-9a8f-2b1f0f8c5e11";

    public static TheoryData<string, string> ProtectedEndpoints => new()
    {
        { "GET", "/api/auth/me" },
        { "GET", "/api/projects" },
        { "POST", "/api/projects" },
        { "GET", $"/api/projects/{SomeId}" },
        { "PUT", $"/api/projects/{SomeId}" },
        { "DELETE", $"/api/projects/{SomeId}" },
        { "GET", $"/api/projects/{SomeId}/slash-commands" },
        { "POST", "/api/chat/conversations" },
        { "GET", $"/api/chat/conversations/{SomeId}" },
        { "GET", $"/api/chat/conversation/{SomeId}" },
        { "PATCH", $"/api/chat/conversation/{SomeId}" },
        { "DELETE", $"/api/chat/conversation/{SomeId}" },
        { "GET", $"/api/chat/messages/{SomeId}" },
        { "GET", $"/api/chat/events/{SomeId}" },
        { "GET", $"/api/chat/conversation/{SomeId}/terminal" },
        { "GET", $"/api/projects/{SomeId}/local-sessions" },
        { "POST", $"/api/projects/{SomeId}/local-sessions/{SomeId}/import" },
        { "GET", "/api/search?q=anything" },
        { "GET", "/api/inbox" },
        { "POST", $"/api/inbox/failed-runs/{SomeId}/dismiss" },
        { "GET", "/api/push/key" },
        { "PUT", "/api/push/subscriptions" },
        { "DELETE", "/api/push/subscriptions" },
        { "GET", "/api/usage" },
        { "GET", $"/api/usage/conversations/{SomeId}" },
        { "POST", "/api/chat/upload" },
        { "GET", $"/api/chat/uploads/{SomeId}" },
        { "GET", "/api/bridges" },
        { "POST", "/api/bridges" },
        { "DELETE", $"/api/bridges/{SomeId}" },
        { "POST", "/api/invitations" },
        { "GET", $"/api/bridge/uploads/{SomeId}" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Another_users_ids_are_not_found_and_left_untouched(string endpoint)
    {
        using var owner = await ApiUser.SignUpAsync(app);
        using var intruder = await ApiUser.SignUpAsync(app, "api2");
        var owned = await OwnedItems.CreateAsync(app, owner);
        var intruderBridge = await intruder.CreateBridgeAsync();

        using var request = IntruderRequest(endpoint, owned, intruderBridge);
        var client = endpoint == "GET upload as intruder's bridge" ? app.CreateHttpClient("api") : intruder.Client;
        using var response = await client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        await owned.AssertUnchangedAsync(owner);
    }

    [Fact]
    public async Task Lists_show_only_the_users_own_items()
    {
        using var owner = await ApiUser.SignUpAsync(app);
        using var other = await ApiUser.SignUpAsync(app);
        await OwnedItems.CreateAsync(app, owner);

        var projects = await other.GetAsync<List<ProjectResponse>>("/api/projects");
        var bridges = await other.GetAsync<List<BridgeResponse>>("/api/bridges");

        Assert.Empty(projects);
        Assert.Empty(bridges);
    }

    [Theory]
    [MemberData(nameof(ProtectedEndpoints))]
    public async Task Requests_without_a_token_are_unauthorized(string method, string path)
    {
        using var client = app.CreateHttpClient("api");

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    private static HttpRequestMessage IntruderRequest(string endpoint, OwnedItems owned, CreatedBridgeResponse intruderBridge) => endpoint switch
    {
        "GET project" => new(HttpMethod.Get, $"/api/projects/{owned.Project.Id}"),
        "PUT project" => Json(HttpMethod.Put, $"/api/projects/{owned.Project.Id}", new ProjectRequest("taken", "/srv/taken", intruderBridge.Id)),
        "DELETE project" => new(HttpMethod.Delete, $"/api/projects/{owned.Project.Id}"),
        "POST project on owner's bridge" => Json(HttpMethod.Post, "/api/projects", new ProjectRequest("mine", "/srv/mine", owned.Bridge.Id)),
        "POST conversation in owner's project" => Json(HttpMethod.Post, "/api/chat/conversations", new CreateConversationRequest(owned.Project.Id, null, null, null)),
        "GET conversations of owner's project" => new(HttpMethod.Get, $"/api/chat/conversations/{owned.Project.Id}"),
        "GET conversation" => new(HttpMethod.Get, $"/api/chat/conversation/{owned.Conversation.Id}"),
        "PATCH conversation" => Json(HttpMethod.Patch, $"/api/chat/conversation/{owned.Conversation.Id}", new UpdateConversationRequest("taken", null)),
        "DELETE conversation" => new(HttpMethod.Delete, $"/api/chat/conversation/{owned.Conversation.Id}"),
        "GET messages" => new(HttpMethod.Get, $"/api/chat/messages/{owned.Conversation.Id}"),
        "GET events" => new(HttpMethod.Get, $"/api/chat/events/{owned.Conversation.Id}"),
        "GET local sessions of owner's project" => new(HttpMethod.Get, $"/api/projects/{owned.Project.Id}/local-sessions"),
        "POST import into owner's project" => new(HttpMethod.Post, $"/api/projects/{owned.Project.Id}/local-sessions/{Guid.NewGuid()}/import"),
        "POST upload to owner's conversation" => new(HttpMethod.Post, "/api/chat/upload")
        {
            Content = UploadForm.Create("x"u8.ToArray(), "x.txt", "text/plain", owned.Conversation.Id),
        },
        "GET upload" => new(HttpMethod.Get, $"/api/chat/uploads/{owned.Upload.Id}"),
        "DELETE bridge" => new(HttpMethod.Delete, $"/api/bridges/{owned.Bridge.Id}"),
        "GET upload as intruder's bridge" => new(HttpMethod.Get, $"/api/bridge/uploads/{owned.Upload.Id}")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", intruderBridge.Token) },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    private static HttpRequestMessage Json(HttpMethod method, string path, object body) =>
        new(method, path) { Content = JsonContent.Create(body, options: ApiJson.Options) };

    /// <summary>One of everything, owned by one user: a bridge, a project on it, a conversation with a run and an attachment.</summary>
    private sealed record OwnedItems(CreatedBridgeResponse Bridge, ProjectResponse Project, ConversationResponse Conversation, UploadResponse Upload)
    {
        public static async Task<OwnedItems> CreateAsync(ApiFixture app, ApiUser owner)
        {
            var bridge = await owner.CreateBridgeAsync();
            var project = await owner.CreateProjectAsync(bridge.Id);
            var conversation = await owner.CreateConversationAsync(project.Id, "owner's");
            var upload = await owner.UploadAsync("secret"u8.ToArray(), conversationId: conversation.Id);
            await BatonDatabase.InsertRunAsync(app, conversation.Id, bridge.Id, upload.Id);
            return new OwnedItems(bridge, project, conversation, upload);
        }

        public async Task AssertUnchangedAsync(ApiUser owner)
        {
            Assert.Equal(Project, await owner.GetAsync<ProjectResponse>($"/api/projects/{Project.Id}"));
            Assert.Equal(Conversation, await owner.GetAsync<ConversationResponse>($"/api/chat/conversation/{Conversation.Id}"));
            Assert.Single(await owner.GetAsync<List<BridgeResponse>>("/api/bridges"), b => b.Id == Bridge.Id);
            using var upload = await owner.Client.GetAsync($"/api/chat/uploads/{Upload.Id}");
            Assert.Equal("secret"u8.ToArray(), await upload.Content.ReadAsByteArrayAsync());
        }
    }
}
