using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Baton.Api.Endpoints.Auth;
using Baton.Tests.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace Baton.Tests.Security;

/// <summary>
/// A browser's refresh token lives only in a cookie no script can read, sent only to the refresh and
/// sign-out endpoints and never with a request another site starts.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RefreshCookieTests(ApiFixture app)
{
    [Fact]
    public async Task Sign_up_in_a_browser_sets_the_refresh_token_as_a_strict_http_only_cookie_and_not_in_the_body()
    {
        using var client = BrowserRequests.CreateClient(app);

        using var response = await client.SendAsync(SignUpFromTheApp(NewEmail()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = BrowserRequests.RefreshCookieOf(response);
        Assert.NotNull(cookie);
        Assert.StartsWith("brt_", cookie.Value.ToString());
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteMode.Strict, cookie.SameSite);
        Assert.Equal("/api/auth", cookie.Path.ToString());
        Assert.True(cookie.Expires > DateTimeOffset.UtcNow.AddDays(29));
        // Plain http is served only on loopback, where a Secure cookie would not come back.
        Assert.False(cookie.Secure);
        var tokens = await response.Content.ReadFromJsonAsync<AuthTokensResponse>(ApiJson.Options);
        Assert.Null(tokens!.RefreshToken);
        Assert.NotEmpty(tokens.AccessToken);
    }

    [Fact]
    public async Task Refresh_cookie_is_secure_when_the_api_is_reached_by_a_name_other_than_loopback()
    {
        using var client = BrowserRequests.CreateClient(app);
        using var request = SignUpFromTheApp(NewEmail(), origin: "http://baton.example");
        request.Headers.Host = "baton.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(BrowserRequests.RefreshCookieOf(response)?.Secure);
    }

    [Fact]
    public async Task Client_that_is_not_a_browser_gets_the_refresh_token_in_the_body_too()
    {
        using var client = BrowserRequests.CreateClient(app);

        using var response = await client.PostAsJsonAsync("/api/auth/sign-up", new SignUpRequest(NewEmail(), ApiUser.Password), ApiJson.Options);

        var tokens = await response.Content.ReadFromJsonAsync<AuthTokensResponse>(ApiJson.Options);
        Assert.Equal(BrowserRequests.RefreshCookieOf(response)?.Value.ToString(), tokens!.RefreshToken);
    }

    [Fact]
    public async Task Refresh_with_the_cookie_rotates_it_and_gives_a_working_access_token()
    {
        using var client = BrowserRequests.CreateClient(app);
        var first = await SignUpAsync(client);

        using var response = await client.SendAsync(RefreshFromTheApp(first));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var second = BrowserRequests.RefreshCookieOf(response)?.Value.ToString();
        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        var tokens = await response.Content.ReadFromJsonAsync<AuthTokensResponse>(ApiJson.Options);
        Assert.Null(tokens!.RefreshToken);
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        using var meResponse = await client.SendAsync(me);
        Assert.Equal(HttpStatusCode.OK, meResponse.StatusCode);
    }

    [Fact]
    public async Task Refresh_cookie_presented_twice_signs_the_session_out_and_clears_the_cookie()
    {
        using var client = BrowserRequests.CreateClient(app);
        var first = await SignUpAsync(client);
        using var rotation = await client.SendAsync(RefreshFromTheApp(first));
        var second = BrowserRequests.RefreshCookieOf(rotation)!.Value.ToString();

        using var reuse = await client.SendAsync(RefreshFromTheApp(first));
        using var successor = await client.SendAsync(RefreshFromTheApp(second));

        await ProblemAssert.IsProblemAsync(reuse, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(successor, HttpStatusCode.Unauthorized);
        Assert.True(BrowserRequests.RefreshCookieOf(reuse)?.Expires < DateTimeOffset.UtcNow, "the refused cookie is cleared");
    }

    [Fact]
    public async Task Sign_out_with_the_cookie_revokes_the_session_and_clears_the_cookie()
    {
        using var client = BrowserRequests.CreateClient(app);
        var cookie = await SignUpAsync(client);

        using var signOut = await client.SendAsync(BrowserRequests.Post("/api/auth/sign-out", BrowserRequests.OwnOrigin(app), "same-origin", refreshCookie: cookie));
        using var refresh = await client.SendAsync(RefreshFromTheApp(cookie));

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        var cleared = BrowserRequests.RefreshCookieOf(signOut);
        Assert.NotNull(cleared);
        Assert.Equal("", cleared.Value.ToString());
        Assert.Equal("/api/auth", cleared.Path.ToString());
        Assert.True(cleared.Expires < DateTimeOffset.UtcNow);
        await ProblemAssert.IsProblemAsync(refresh, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Refresh_without_a_cookie_or_a_token_answers_that_there_is_no_session_to_restore()
    {
        using var client = BrowserRequests.CreateClient(app);

        using var response = await client.SendAsync(BrowserRequests.Post("/api/auth/refresh", BrowserRequests.OwnOrigin(app), "same-origin"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(BrowserRequests.RefreshCookieOf(response));
    }

    private HttpRequestMessage SignUpFromTheApp(string email, string? origin = null) =>
        BrowserRequests.Post("/api/auth/sign-up", origin ?? BrowserRequests.OwnOrigin(app), "same-origin", new SignUpRequest(email, ApiUser.Password));

    private HttpRequestMessage RefreshFromTheApp(string cookie) =>
        BrowserRequests.Post("/api/auth/refresh", BrowserRequests.OwnOrigin(app), "same-origin", refreshCookie: cookie);

    /// <summary>Signs a new user up from the app; returns the refresh cookie's value.</summary>
    private async Task<string> SignUpAsync(HttpClient client)
    {
        using var response = await client.SendAsync(SignUpFromTheApp(NewEmail()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return BrowserRequests.RefreshCookieOf(response)!.Value.ToString();
    }

    private static string NewEmail() => $"user-{Guid.NewGuid():N}@baton.test";
}
