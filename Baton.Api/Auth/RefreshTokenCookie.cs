using Baton.Api.Security;

namespace Baton.Api.Auth;

/// <summary>
/// Where a browser keeps its refresh token: a cookie no script can read (HttpOnly), sent only to the
/// auth endpoints that refresh and sign out (Path), never with a request another site starts
/// (SameSite=Strict), and only over https (Secure) unless the API is on this very machine.
/// </summary>
public static class RefreshTokenCookie
{
    public const string Name = "baton_refresh";

    /// <summary>The narrowest path that covers both <c>/api/auth/refresh</c> and <c>/api/auth/sign-out</c>.</summary>
    public const string Path = "/api/auth";

    public static string? Read(HttpRequest request) =>
        request.Cookies.TryGetValue(Name, out var value) && value.Length > 0 ? value : null;

    public static void Write(HttpContext context, IssuedRefreshToken token) =>
        context.Response.Cookies.Append(Name, token.Token, Options(context.Request, token.ExpiresAt));

    public static void Clear(HttpContext context) =>
        context.Response.Cookies.Delete(Name, Options(context.Request, expires: null));

    private static CookieOptions Options(HttpRequest request, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        // Plain http only on loopback, where browsers would otherwise refuse a Secure cookie from a local run.
        Secure = request.IsHttps || !LoopbackHost.Is(request.Host),
        SameSite = SameSiteMode.Strict,
        Path = Path,
        Expires = expires,
        IsEssential = true,
    };
}
