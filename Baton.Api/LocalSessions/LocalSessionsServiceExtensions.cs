namespace Baton.Api.LocalSessions;

public static class LocalSessionsServiceExtensions
{
    public static IHostApplicationBuilder AddLocalSessions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<TranscriptImporter>();
        return builder;
    }
}
