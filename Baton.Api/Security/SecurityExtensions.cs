namespace Baton.Api.Security;

public static class SecurityExtensions
{
    /// <summary>The origins allowed besides the API's own, for CORS and for the cross-site checks.</summary>
    public static IHostApplicationBuilder AddBrowserOriginChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BrowserOriginOptions>().BindConfiguration(BrowserOriginOptions.SectionName);
        builder.Services.AddSingleton<BrowserOrigins>();
        var origins = builder.Configuration.GetSection(BrowserOriginOptions.SectionName).Get<BrowserOriginOptions>()?.Origins ?? [];
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Length > 0)
            {
                // Credentials because the SignalR browser client sends them by default.
                policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().AllowCredentials();
            }
        }));
        return builder;
    }

    /// <summary>Security headers on every answer, then CORS, then the refusal of cross-site requests.</summary>
    public static WebApplication UseBrowserSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseCors();
        app.UseMiddleware<CrossSiteRequestGuard>();
        return app;
    }
}
