namespace Baton.Api.Runs;

public static class RunsServiceExtensions
{
    /// <summary>A run from dispatch to its end: the stream queue and its writer, the recorder, the dispatcher and the aborter.</summary>
    public static IHostApplicationBuilder AddRuns(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<RunStreamQueue>();
        services.AddSingleton<RunFolds>();
        services.AddSingleton<RunOutcomePublisher>();
        services.AddScoped<RunRecorder>();
        services.AddScoped<RunDispatcher>();
        services.AddScoped<RunAborter>();
        services.AddBackgroundService<RunStreamWriter>();
        return builder;
    }
}
