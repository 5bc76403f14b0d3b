using Baton.Bridge.Status;

namespace Baton.Bridge;

/// <summary>
/// Builds the bridge. The service's entry point and tests that host it in-process (with
/// <c>--urls http://127.0.0.1:0</c> and their own <c>Bridge:*</c> and <c>Claude:*</c> settings)
/// start exactly the same app. It opens a port only when asked (<c>--status-port</c>).
/// </summary>
public static class BridgeApp
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddCommandLine(args, StatusPortExtensions.SwitchMappings.ToDictionary());
        builder.ConfigureStatusPort();

        builder.AddServiceDefaults();
        builder.AddBridgeServices();

        var app = builder.Build();

        app.MapDefaultEndpoints();
        app.MapBridgeStatus();

        return app;
    }
}
