using System.Net;
using System.Net.Http.Json;
using Baton.Api.Endpoints.Auth;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Baton.Tests.Realtime;

/// <summary>
/// An access token outlives the sign-out of its session by up to an hour: the session's open tabs
/// are closed all the same, on every instance, and cannot come back with it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SessionEndTests(ApiFixture app)
{
    [Fact]
    public async Task Signing_out_closes_the_sessions_tabs_on_every_instance_and_leaves_other_sessions_open()
    {
        using var user = await ApiUser.SignUpAsync(app);
        using var otherSession = await ApiUser.SignInAsync(app, user.Email, ApiUser.Password);
        await using var tabOnApi = await TestBrowser.ConnectAsync(app, "api", user.Tokens.AccessToken);
        await using var tabOnApi2 = await TestBrowser.ConnectAsync(app, "api2", user.Tokens.AccessToken);
        await using var otherTab = await TestBrowser.ConnectAsync(app, "api2", otherSession.Tokens.AccessToken);
        var closed = Task.WhenAll(ClosedAsync(tabOnApi.Connection), ClosedAsync(tabOnApi2.Connection));

        using var signOut = await user.Client.PostAsJsonAsync("/api/auth/sign-out", new RefreshTokenRequest(user.RefreshToken), ApiJson.Options);
        // Each tab tries to reconnect with its access token, still unexpired, and is refused.
        await closed.WaitAsync(ReceivedEvents.DefaultTimeout);

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HubConnectionState.Connected, otherTab.Connection.State);
    }

    [Fact]
    public async Task A_refresh_token_used_twice_closes_the_tabs_of_its_session()
    {
        using var user = await ApiUser.SignUpAsync(app);
        await using var tab = await TestBrowser.ConnectAsync(app, "api2", user.Tokens.AccessToken);
        var closed = ClosedAsync(tab.Connection);
        using var anonymous = app.CreateHttpClient("api");
        using var refresh = await anonymous.PostAsJsonAsync("/api/auth/refresh", new RefreshTokenRequest(user.RefreshToken), ApiJson.Options);

        using var reuse = await anonymous.PostAsJsonAsync("/api/auth/refresh", new RefreshTokenRequest(user.RefreshToken), ApiJson.Options);
        await closed.WaitAsync(ReceivedEvents.DefaultTimeout);

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, reuse.StatusCode);
    }

    /// <summary>Done when the connection closes for good: it was closed, and reconnecting was refused.</summary>
    private static Task ClosedAsync(HubConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (connection.State is HubConnectionState.Disconnected)
        {
            closed.TrySetResult();
        }

        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }
}
