namespace Baton.Api.Queue;

public static class QueueServiceExtensions
{
    /// <summary>Messages sent while a run is busy: stored, edited, removed, started in order when the run ends, or steered into it.</summary>
    public static IHostApplicationBuilder AddMessageQueue(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<MessageQueue>();
        services.AddScoped<MessageSender>();
        services.AddScoped<QueueBroadcaster>();
        services.AddScoped<QueueStarter>();
        services.AddScoped<QueueSteerer>();
        services.AddSingleton<QueueAdvancer>();
        return builder;
    }
}
