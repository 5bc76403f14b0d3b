namespace Baton.Api.Push;

public static class PushServiceExtensions
{
    /// <summary>Web Push: browsers' subscriptions, which tab shows what, and the notifications sent off the relay's path.</summary>
    public static IHostApplicationBuilder AddPush(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PushOptions>().BindConfiguration(PushOptions.SectionName);
        services.AddSingleton<VapidKeys>();
        services.AddSingleton<PushQueue>();
        services.AddSingleton<ConversationViewers>();
        services.AddSingleton<PromptAnswerTokens>();
        services.AddSingleton<PushNotices>();
        services.AddSingleton<PushSender>();
        var allowLoopback = builder.Configuration.GetValue<bool>($"{PushOptions.SectionName}:{nameof(PushOptions.AllowLoopbackEndpoints)}");
        services.AddHttpClient(PushSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => PushHttpHandler.Create(allowLoopback));
        services.AddBackgroundService<PushDispatcher>();
        return builder;
    }
}
