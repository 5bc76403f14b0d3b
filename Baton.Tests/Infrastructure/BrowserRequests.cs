using System.Net.Http.Json;
using Microsoft.Net.Http.Headers;

namespace Baton.Tests.Infrastructure;

/// <summary>
/// Requests as a browser sends them, on a client that keeps no cookies of its own: the tests set the
/// <c>Cookie</c> header and read <c>Set-Cookie</c> themselves, so each sees exactly what goes by.
/// </summary>
public static class BrowserRequests
{
    public const string RefreshCookie = "baton_refresh";

    public static HttpClient CreateClient(BatonAppFixture app, string resource = "api") =>
        new(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = app.GetEndpoint(resource) };

    /// <summary>The API's own origin, as a page it serves would name it.</summary>
    public static string OwnOrigin(BatonAppFixture app, string resource = "api") =>
        app.GetEndpoint(resource).GetLeftPart(UriPartial.Authority);

    /// <summary>A POST from a page of <paramref name="origin"/>, with the marks a browser adds and the cookie it holds.</summary>
    public static HttpRequestMessage Post(string path, string origin, string site, object? body = null, string? refreshCookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body, options: ApiJson.Options) };
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Sec-Fetch-Site", site);
        if (refreshCookie is not null)
        {
            request.Headers.Add("Cookie", $"{RefreshCookie}={refreshCookie}");
        }

        return request;
    }

    /// <summary>The refresh cookie the response sets (or clears), with its attributes.</summary>
    public static SetCookieHeaderValue? RefreshCookieOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values)
            ? SetCookieHeaderValue.ParseList(values.ToList()).SingleOrDefault(cookie => cookie.Name == RefreshCookie)
            : null;
}
