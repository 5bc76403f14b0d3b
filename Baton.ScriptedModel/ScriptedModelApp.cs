using Baton.ScriptedModel.Extensions;

namespace Baton.ScriptedModel;

/// <summary>
/// Builds the scripted Messages API. The service's entry point and tests that host it
/// in-process (e.g. with <c>--urls http://127.0.0.1:0</c>, then reading <c>app.Urls</c>
/// after <c>StartAsync</c>) start exactly the same app.
/// </summary>
public static class ScriptedModelApp
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddServiceDefaults();
        builder.AddScriptedModel();

        var app = builder.Build();

        app.MapDefaultEndpoints();
        app.MapScriptedModel();

        return app;
    }
}
