using Microsoft.Extensions.Options;

namespace Baton.Api.Security;

/// <summary>
/// Tells whether a request comes from a page Baton trusts. A browser marks a request with where it
/// comes from (<c>Origin</c>, and <c>Sec-Fetch-Site</c>; no page can forge them); a client that sends
/// neither is not a browser acting for a page, and carries its own bearer token rather than a cookie.
/// </summary>
public sealed class BrowserOrigins(IOptions<BrowserOriginOptions> options)
{
    private const string SecFetchSite = "Sec-Fetch-Site";

    private readonly HashSet<string> _allowed = options.Value.Origins
        .Select(origin => origin.TrimEnd('/'))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool IsAllowed(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && (_allowed.Contains(origin) || IsOwnOrigin(request, origin)))
        {
            return true;
        }

        // The browser's own verdict: a page of this very origin (behind a proxy that rewrites Host, too).
        var site = request.Headers[SecFetchSite].ToString();
        if (site.Length > 0)
        {
            return site is "same-origin" or "none";
        }

        return origin.Length == 0;
    }

    /// <summary>
    /// Whether a browser sent the request: browsers send <c>Origin</c> with every POST and WebSocket
    /// (the auth endpoints are POSTs) and <c>Sec-Fetch-Site</c> from secure pages; no page can remove either.
    /// </summary>
    public static bool IsBrowser(HttpRequest request) =>
        request.Headers.Origin.Count > 0 || request.Headers.ContainsKey(SecFetchSite);

    private static bool IsOwnOrigin(HttpRequest request, string origin) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
}
