namespace Baton.Api.BackgroundTasks;

public static class BackgroundTasksServiceExtensions
{
    /// <summary>Background tasks of the CLI: the turns it starts on its own to report them, and stopping one.</summary>
    public static IHostApplicationBuilder AddBackgroundTasks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<CliTurnOpener>();
        builder.Services.AddScoped<TaskStopper>();
        return builder;
    }
}
