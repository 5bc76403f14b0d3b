namespace Baton.Api.Inbox;

public static class InboxServiceExtensions
{
    /// <summary>The "Needs you" inbox: read from stored prompts and runs, announced to the owner's room as they change.</summary>
    public static IHostApplicationBuilder AddInbox(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<InboxAnnouncer>();
        services.AddScoped<InboxReader>();
        services.AddScoped<FailedRunDismissal>();
        return builder;
    }
}
