namespace Baton.Api.Conversations;

public static class ConversationsServiceExtensions
{
    /// <summary>A conversation's event log, its replay to a joining browser, and its broadcast to the others.</summary>
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ConversationBroadcaster>();
        services.AddSingleton<ConversationNotifier>();
        services.AddSingleton<ConversationOwners>();
        services.AddScoped<ConversationEventLog>();
        services.AddScoped<ConversationReplayer>();
        services.AddBackgroundService<BackplaneCatchUp>();
        return builder;
    }
}
