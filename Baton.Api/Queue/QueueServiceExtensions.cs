namespace Baton.Api.Queue;

public static class QueueServiceExtensions
{
    /// <summary>Messages sent while a run is busy: stored, edited, removed and started in order when the run ends.</summary>
    public static IHostApplicationBuilder AddMessageQueue(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<MessageQueue>();
        services.AddScoped<MessageSender>();
        services.AddScoped<QueueBroadcaster>();
        services.AddScoped<QueueStarter>();
        services.AddSingleton<QueueAdvancer>();
        return builder;
    }
}
