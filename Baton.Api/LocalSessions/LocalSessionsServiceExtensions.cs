namespace Baton.Api.LocalSessions;

public static class LocalSessionsServiceExtensions
{
    public static IHostApplicationBuilder AddLocalSessions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<TranscriptImporter>();
        builder.Services.AddOptions<TranscriptSyncOptions>()
            .BindConfiguration(TranscriptSyncOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<TranscriptSyncs>();
        return builder;
    }
}
