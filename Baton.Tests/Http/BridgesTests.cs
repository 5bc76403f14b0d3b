using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Baton.Api.Bridges;
using Baton.Api.Endpoints.Bridges;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Baton.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class BridgesTests(ApiFixture app)
{
    [Fact]
    public async Task New_bridge_shows_its_token_once_and_is_listed_without_it()
    {
        using var user = await ApiUser.SignUpAsync(app);

        var created = await user.CreateBridgeAsync("laptop");
        using var list = await user.Client.GetAsync("/api/bridges");
        var body = await list.Content.ReadAsStringAsync();
        var bridges = await list.Content.ReadFromJsonAsync<List<BridgeResponse>>(ApiJson.Options);

        Assert.StartsWith("bbt_", created.Token);
        Assert.True(created.Token.Length > 40);
        var listed = Assert.Single(bridges!);
        Assert.Equal((created.Id, "laptop", false), (listed.Id, listed.Name, listed.Online));
        Assert.DoesNotContain(created.Token, body);
        Assert.DoesNotContain("token", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bridge_is_online_while_announced_and_once_withdrawn_is_offline_with_the_time_it_left()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var bridge = await user.CreateBridgeAsync();
        await using var redis = await ConnectionMultiplexer.ConnectAsync((await app.GetConnectionStringAsync("redis"))!);
        var presence = new RedisBridgePresence(redis, Options.Create(new BridgeOptions()), TimeProvider.System);
        const string ConnectionId = "test-connection";

        await presence.AnnounceAsync(bridge.Id, new BridgeLocation("api", ConnectionId, DateTimeOffset.UtcNow), CancellationToken.None);
        var whilePresent = await user.GetAsync<List<BridgeResponse>>("/api/bridges");
        var withdrawing = DateTimeOffset.UtcNow;
        Assert.True(await presence.WithdrawAsync(bridge.Id, ConnectionId, CancellationToken.None));
        var afterwards = await user.GetAsync<List<BridgeResponse>>("/api/bridges");
        var leftAt = await presence.LeftAtAsync(bridge.Id, CancellationToken.None);

        Assert.True(Assert.Single(whilePresent).Online);
        Assert.False(Assert.Single(afterwards).Online);
        Assert.InRange(leftAt!.Value, withdrawing, DateTimeOffset.UtcNow);
        Assert.Null(await presence.LocateAsync(bridge.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Second_live_bridge_with_the_same_name_is_a_conflict_but_a_revoked_name_is_free()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var first = await user.CreateBridgeAsync("desk");

        using var duplicate = await user.Client.PostAsJsonAsync("/api/bridges", new CreateBridgeRequest("desk"), ApiJson.Options);
        (await user.Client.DeleteAsync($"/api/bridges/{first.Id}")).Dispose();
        var replacement = await user.CreateBridgeAsync("desk");

        await ProblemAssert.IsProblemAsync(duplicate, HttpStatusCode.Conflict);
        Assert.NotEqual(first.Id, replacement.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Bridge_without_a_name_is_a_validation_problem(string name)
    {
        using var user = await ApiUser.SignUpAsync(app);

        using var response = await user.Client.PostAsJsonAsync("/api/bridges", new CreateBridgeRequest(name), ApiJson.Options);

        await ProblemAssert.IsValidationProblemAsync(response, "name");
    }

    [Fact]
    public async Task Bridge_downloads_the_attachments_of_its_own_runs_only()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var bridge = await user.CreateBridgeAsync();
        var otherBridge = await user.CreateBridgeAsync();
        var project = await user.CreateProjectAsync(bridge.Id);
        var conversation = await user.CreateConversationAsync(project.Id);
        var attached = await user.UploadAsync("attached"u8.ToArray(), "attached.txt", conversationId: conversation.Id);
        var notAttached = await user.UploadAsync("other"u8.ToArray(), "other.txt", conversationId: conversation.Id);
        await BatonDatabase.InsertRunAsync(app, conversation.Id, bridge.Id, attached.Id);
        using var asBridge = BridgeClient(bridge.Token, "api2");
        using var asOtherBridge = BridgeClient(otherBridge.Token, "api");

        using var download = await asBridge.GetAsync($"/api/bridge/uploads/{attached.Id}");
        using var unattached = await asBridge.GetAsync($"/api/bridge/uploads/{notAttached.Id}");
        using var otherRun = await asOtherBridge.GetAsync($"/api/bridge/uploads/{attached.Id}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attached"u8.ToArray(), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attached.txt", download.Content.Headers.ContentDisposition?.FileName);
        await ProblemAssert.IsProblemAsync(unattached, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(otherRun, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Revoked_bridge_token_is_refused_at_once_on_every_instance()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var bridge = await user.CreateBridgeAsync();
        var project = await user.CreateProjectAsync(bridge.Id);
        var conversation = await user.CreateConversationAsync(project.Id);
        var upload = await user.UploadAsync("x"u8.ToArray(), conversationId: conversation.Id);
        await BatonDatabase.InsertRunAsync(app, conversation.Id, bridge.Id, upload.Id);
        using var onApi = BridgeClient(bridge.Token, "api");
        using var onApi2 = BridgeClient(bridge.Token, "api2");
        using var before = await onApi2.GetAsync($"/api/bridge/uploads/{upload.Id}");

        using var revoke = await user.Client.DeleteAsync($"/api/bridges/{bridge.Id}");
        using var afterOnApi = await onApi.GetAsync($"/api/bridge/uploads/{upload.Id}");
        using var afterOnApi2 = await onApi2.GetAsync($"/api/bridge/uploads/{upload.Id}");
        using var revokeAgain = await user.Client.DeleteAsync($"/api/bridges/{bridge.Id}");
        var listed = await user.GetAsync<List<BridgeResponse>>("/api/bridges");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        await ProblemAssert.IsProblemAsync(afterOnApi, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(afterOnApi2, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(revokeAgain, HttpStatusCode.NotFound);
        Assert.Empty(listed);
    }

    [Fact]
    public async Task Revoking_a_bridge_closes_its_open_connections_on_every_instance()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var bridge = await user.CreateBridgeAsync();
        // Revoked on api: the connected bridge is on the other instance, and a connection that has not said bridge:connect yet is here.
        await using var connected = await TestBridge.ConnectAsync(app, "api2", bridge.Token);
        await using var starting = await TestBridge.ConnectAsync(app, "api", bridge.Token, register: false);
        var connectedClosed = ClosedAsync(connected.Connection);
        var startingClosed = ClosedAsync(starting.Connection);

        using var revoke = await user.Client.DeleteAsync($"/api/bridges/{bridge.Id}");
        await Task.WhenAll(connectedClosed, startingClosed).WaitAsync(ReceivedEvents.DefaultTimeout);
        var reconnecting = await Assert.ThrowsAnyAsync<Exception>(() => TestBridge.ConnectAsync(app, "api2", bridge.Token));

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HubConnectionState.Disconnected, connected.Connection.State);
        Assert.Contains("401", reconnecting.Message, StringComparison.Ordinal);
        Assert.Empty(await user.GetAsync<List<BridgeResponse>>("/api/bridges"));
    }

    [Fact]
    public async Task Seeded_bridge_token_authenticates_the_local_bridge()
    {
        using var client = BridgeClient(app.BridgeToken, "api");

        using var response = await client.GetAsync($"/api/bridge/uploads/{Guid.NewGuid()}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("bbt_unknown")]
    [InlineData("")]
    public async Task Unknown_or_missing_bridge_token_is_refused(string token)
    {
        using var client = BridgeClient(token, "api");

        using var response = await client.GetAsync($"/api/bridge/uploads/{Guid.NewGuid()}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task User_access_token_does_not_open_bridge_endpoints()
    {
        using var user = await ApiUser.SignUpAsync(app);

        using var response = await user.Client.GetAsync($"/api/bridge/uploads/{Guid.NewGuid()}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    private HttpClient BridgeClient(string token, string resource)
    {
        var client = app.CreateHttpClient(resource);
        if (token.Length > 0)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private static Task ClosedAsync(HubConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }
}
