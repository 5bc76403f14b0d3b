namespace Baton.Api.Extensions;

public static class FrontendExtensions
{
    /// <summary>
    /// Serves the built web app from <c>wwwroot</c> (present in a published API) and falls back
    /// to its <c>index.html</c> for client-side routes. In development Vite serves the app instead.
    /// Unknown <c>/api</c> and <c>/hubs</c> paths are 404s (ProblemDetails), never the app's page.
    /// </summary>
    public static WebApplication MapFrontend(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapFallback("api/{**path}", NotFound).ExcludeFromDescription();
        app.MapFallback("hubs/{**path}", NotFound).ExcludeFromDescription();
        app.MapFallbackToFile("index.html");
        return app;
    }

    private static IResult NotFound() => TypedResults.NotFound();
}
