namespace Baton.Api.Extensions;

public static class FrontendExtensions
{
    /// <summary>
    /// Any path but a file's, <c>/api/*</c> and <c>/hubs/*</c>: those stay the API's own 404s, 405s
    /// and 415s (as ProblemDetails) instead of becoming the web app's page.
    /// </summary>
    private const string ClientRoutePattern = "{*path:nonfile:regex(^(?!(api|hubs)(/|$)))}";

    /// <summary>
    /// Serves the built web app from <c>wwwroot</c> (present in a published API) and falls back
    /// to its <c>index.html</c> for client-side routes. In a local run Vite serves the app instead, and
    /// there is no <c>wwwroot</c>: nothing is mapped, so no start warns that it is missing.
    /// </summary>
    public static WebApplication MapFrontend(this WebApplication app)
    {
        if (!Directory.Exists(app.Environment.WebRootPath))
        {
            return app;
        }

        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapFallbackToFile(ClientRoutePattern, "index.html");
        return app;
    }
}
