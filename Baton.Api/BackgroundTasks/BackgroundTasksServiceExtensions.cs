namespace Baton.Api.BackgroundTasks;

public static class BackgroundTasksServiceExtensions
{
    /// <summary>Background tasks of the CLI: the turns it starts on its own to report them.</summary>
    public static IHostApplicationBuilder AddBackgroundTasks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<CliTurnOpener>();
        return builder;
    }
}
