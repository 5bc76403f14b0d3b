using Baton.Bridge.Cli;

namespace Baton.Bridge.Extensions;

public static class BridgeServiceExtensions
{
    public const string StatusEndpointPath = "/status";

    public static IHostApplicationBuilder AddBridgeServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClaudeCliOptions>().BindConfiguration(ClaudeCliOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<ClaudeCliLocator>();
        builder.Services.AddHealthChecks().AddCheck<ClaudeCliHealthCheck>("claude-cli");
        return builder;
    }

    /// <summary>
    /// The bridge's local status page (it listens on loopback of the developer's machine):
    /// whether the CLI was found and which version, for the dashboard and the tests.
    /// </summary>
    public static WebApplication MapBridgeStatus(this WebApplication app)
    {
        app.MapGet(StatusEndpointPath, async (ClaudeCliLocator locator) =>
        {
            var cli = await locator.GetAsync();
            return TypedResults.Ok(new BridgeStatus(cli.Found, cli.Version, cli.Found ? null : ClaudeCliOptions.InstallHint));
        });
        return app;
    }

    private sealed record BridgeStatus(bool CliFound, string? CliVersion, string? InstallHint);
}
