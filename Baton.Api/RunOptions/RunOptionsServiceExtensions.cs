namespace Baton.Api.RunOptions;

public static class RunOptionsServiceExtensions
{
    /// <summary>Changing a conversation's mode, model and effort, live during a run, and who may bypass permissions.</summary>
    public static IHostApplicationBuilder AddRunOptions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<BypassPolicy>();
        builder.Services.AddScoped<RunOptionsChanger>();
        return builder;
    }
}
