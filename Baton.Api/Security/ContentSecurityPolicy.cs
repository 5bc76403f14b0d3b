namespace Baton.Api.Security;

/// <summary>
/// The web app's Content-Security-Policy: scripts, styles, images and fonts from its own origin only
/// (images also from blob: URLs, which only the page's own script can make: an attached image is
/// fetched with the access token and shown from one), no inline script, no plugins, no framing by
/// another site, and connections only to its own origin and WebSocket. Whatever a model, a file or a tool result smuggles into the page cannot run or
/// call elsewhere. <c>Baton.Frontend/security-headers.ts</c> gives Vite's servers the same policy.
/// </summary>
public static class ContentSecurityPolicy
{
    public static string For(HttpRequest request)
    {
        var webSocketScheme = request.IsHttps ? "wss" : "ws";
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' blob:",
            "font-src 'self'",
            $"connect-src 'self' {webSocketScheme}://{request.Host}",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }
}
