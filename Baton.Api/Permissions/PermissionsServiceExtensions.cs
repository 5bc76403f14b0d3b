namespace Baton.Api.Permissions;

public static class PermissionsServiceExtensions
{
    /// <summary>The rules that answer a prompt without asking, the prompts' settlement, and their expiry.</summary>
    public static IHostApplicationBuilder AddPermissions(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PermissionOptions>().BindConfiguration(PermissionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PermissionRulebook>();
        services.AddSingleton<OpenPrompts>();
        services.AddSingleton<SettledElsewhere>();
        services.AddScoped<PromptSettler>();
        services.AddScoped<PermissionBroker>();
        services.AddBackgroundService<PromptExpirySweeper>();
        return builder;
    }
}
