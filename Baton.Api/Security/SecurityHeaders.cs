namespace Baton.Api.Security;

/// <summary>
/// Headers that keep the web app and the API's answers from being framed, sniffed into another type,
/// or leaking their addresses to other sites; over https, HSTS keeps browsers on https.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string HstsOneYear = "max-age=31536000";

    public Task InvokeAsync(HttpContext context)
    {
        // On starting, so an error page that the exception handler writes after clearing the headers has them too.
        context.Response.OnStarting(() =>
        {
            var request = context.Request;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy.For(request);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            if (request.IsHttps && !LoopbackHost.Is(request.Host))
            {
                headers.StrictTransportSecurity = HstsOneYear;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
