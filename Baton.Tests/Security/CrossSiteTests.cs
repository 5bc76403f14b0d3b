using System.Net;
using System.Net.Http.Json;
using Baton.Api.Endpoints.Projects;
using Baton.Contracts.Hubs;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Baton.Tests.Security;

/// <summary>
/// Another site's page cannot make a signed-in person's browser change anything in Baton, nor open
/// its hubs; clients that are not browsers, with their bearer token, are not affected.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CrossSiteTests(ApiFixture app)
{
    private const string ForeignOrigin = "https://elsewhere.example";

    [Theory]
    [InlineData(ForeignOrigin, "cross-site")]
    [InlineData(ForeignOrigin, null)]
    [InlineData(null, "cross-site")]
    [InlineData("http://localhost:1", "same-site")]
    public async Task State_changing_request_from_another_site_is_refused_with_problem_details(string? origin, string? site)
    {
        using var user = await ApiUser.SignUpAsync(app);
        var bridge = await user.CreateBridgeAsync();
        using var request = CreateProjectRequest(bridge.Id);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (site is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", site);
        }

        using var response = await user.Client.SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("Cross-site request refused", problem.GetProperty("title").GetString());
        Assert.Empty(await user.GetAsync<ProjectResponse[]>("/api/projects"));
    }

    [Fact]
    public async Task Refresh_from_another_site_is_refused()
    {
        using var user = await ApiUser.SignUpAsync(app);
        using var client = BrowserRequests.CreateClient(app);

        using var response = await client.SendAsync(
            BrowserRequests.Post("/api/auth/refresh", ForeignOrigin, "cross-site", refreshCookie: user.RefreshToken));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task State_changing_request_from_the_apps_own_page_or_from_a_client_that_is_not_a_browser_goes_through()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var bridge = await user.CreateBridgeAsync();
        using var fromThePage = CreateProjectRequest(bridge.Id);
        fromThePage.Headers.Add("Origin", BrowserRequests.OwnOrigin(app));
        fromThePage.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var withoutOrigin = CreateProjectRequest(bridge.Id);

        using var pageResponse = await user.Client.SendAsync(fromThePage);
        using var clientResponse = await user.Client.SendAsync(withoutOrigin);

        Assert.Equal(HttpStatusCode.Created, pageResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Created, clientResponse.StatusCode);
    }

    [Fact]
    public async Task Reading_from_another_site_is_left_to_cors()
    {
        using var user = await ApiUser.SignUpAsync(app);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/projects");
        request.Headers.Add("Origin", ForeignOrigin);
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await user.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Chat_hub_refuses_a_websocket_from_another_origin()
    {
        using var user = await ApiUser.SignUpAsync(app);
        await using var foreign = ChatConnection(user.Tokens.AccessToken, ForeignOrigin);
        await using var own = ChatConnection(user.Tokens.AccessToken, BrowserRequests.OwnOrigin(app));

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => foreign.StartAsync().WaitAsync(ReceivedEvents.DefaultTimeout));
        await own.StartAsync().WaitAsync(ReceivedEvents.DefaultTimeout);

        Assert.Contains("403", refused.ToString());
        Assert.Equal(HubConnectionState.Connected, own.State);
    }

    [Fact]
    public async Task Bridge_hub_refuses_a_websocket_from_a_web_page_of_another_origin_but_takes_the_bridge()
    {
        await using var foreign = Connection(HubPaths.Bridge, app.BridgeToken, ForeignOrigin);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => foreign.StartAsync().WaitAsync(ReceivedEvents.DefaultTimeout));
        await using var bridge = await TestBridge.ConnectAsync(app, "api", app.BridgeToken, register: false);

        Assert.Contains("403", refused.ToString());
        Assert.Equal(HubConnectionState.Connected, bridge.Connection.State);
    }

    private static HttpRequestMessage CreateProjectRequest(Guid bridgeId)
    {
        var name = $"project-{Guid.NewGuid():N}";
        return new HttpRequestMessage(HttpMethod.Post, "/api/projects")
        {
            Content = JsonContent.Create(new ProjectRequest(name, $"/srv/{name}", bridgeId), options: ApiJson.Options),
        };
    }

    private HubConnection ChatConnection(string accessToken, string origin) => Connection(HubPaths.Chat, accessToken, origin);

    private HubConnection Connection(string path, string token, string origin) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(app.GetEndpoint("api"), path), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketConfiguration = socket => socket.SetRequestHeader("Origin", origin);
            })
            .Build();
}
