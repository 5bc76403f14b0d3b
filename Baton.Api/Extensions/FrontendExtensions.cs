namespace Baton.Api.Extensions;

public static class FrontendExtensions
{
    /// <summary>
    /// Serves the built web app from <c>wwwroot</c> (present in a published API) and falls back
    /// to its <c>index.html</c> for client-side routes. In development Vite serves the app instead.
    /// </summary>
    public static WebApplication MapFrontend(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapFallbackToFile("index.html");
        return app;
    }
}
