using Baton.ScriptedModel.Api;
using Baton.ScriptedModel.RequestLogging;
using Baton.ScriptedModel.Scenarios;

namespace Baton.ScriptedModel.Extensions;

public static class ScriptedModelExtensions
{
    public static IHostApplicationBuilder AddScriptedModel(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ScriptedModelOptions>()
            .BindConfiguration(ScriptedModelOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ScenarioCatalogue>();
        builder.Services.AddSingleton<RequestLog>();
        return builder;
    }

    public static IEndpointRouteBuilder MapScriptedModel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMessagesApi();
        endpoints.MapRequestLogApi();
        endpoints.MapUnscriptedRequests();
        return endpoints;
    }
}
