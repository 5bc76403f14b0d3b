using System.Net;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Security;

/// <summary>Every answer of the API tells the browser to run no foreign or inline script, never to be framed, and not to sniff.</summary>
[Collection(ApiCollection.Name)]
public sealed class SecurityHeaderTests(ApiFixture app)
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/api/auth/sign-up-policy")]
    [InlineData("/api/projects")]
    [InlineData("/no-such-page")]
    public async Task Answers_carry_a_strict_content_security_policy_and_the_security_headers(string path)
    {
        using var client = BrowserRequests.CreateClient(app);

        using var response = await client.GetAsync(path);

        var policy = ContentSecurityPolicyOf(response);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["style-src"]);
        // Attached images are shown from blob: URLs the page makes itself; no other origin serves an image.
        Assert.Equal("'self' blob:", policy["img-src"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'none'", policy["base-uri"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal($"'self' ws://{app.GetEndpoint("api").Authority}", policy["connect-src"]);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Plain_http_on_loopback_gets_no_hsts()
    {
        using var client = BrowserRequests.CreateClient(app);

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>The policy's directives by name.</summary>
    public static Dictionary<string, string> ContentSecurityPolicyOf(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "");

    /// <summary>The policy's directives but those <paramref name="apart"/>, in order: what two policies that may differ only there share.</summary>
    public static IEnumerable<KeyValuePair<string, string>> DirectivesBesides(Dictionary<string, string> policy, params string[] apart) =>
        policy.Where(directive => !apart.Contains(directive.Key)).OrderBy(directive => directive.Key);
}
