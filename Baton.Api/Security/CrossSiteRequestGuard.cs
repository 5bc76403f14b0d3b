using Baton.Api.Auth;

namespace Baton.Api.Security;

/// <summary>
/// Refuses, with a 403 ProblemDetails, a state-changing request or a hub connection that a browser
/// sends on behalf of another site's page. The refresh cookie is SameSite=Strict already; this also
/// covers a browser that ignores SameSite, and hubs, whose WebSockets carry no such protection.
/// </summary>
public sealed class CrossSiteRequestGuard(RequestDelegate next, BrowserOrigins origins, IProblemDetailsService problemDetails)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!ChangesState(request) || origins.IsAllowed(request))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Cross-site request refused",
                Detail = "Baton answers this only to its own pages.",
            },
        });
    }

    // A hub connection starts with a GET (the WebSocket upgrade) and then acts: every hub request counts.
    private static bool ChangesState(HttpRequest request) =>
        request.Path.StartsWithSegments(AuthSchemes.HubsPathPrefix)
        || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
}
