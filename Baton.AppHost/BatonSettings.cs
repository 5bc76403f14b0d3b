using Microsoft.Extensions.Configuration;

namespace Baton.AppHost;

/// <summary>The AppHost's own switches (configuration section <c>Baton</c>), read once at start.</summary>
public sealed record BatonSettings(
    bool WithFrontend, bool FrontendHotReload, bool WithBridge, bool SecondApi, bool LoadBalancer, bool Demo, string WorkspaceRoot, string? CliConfigDir)
{
    public static BatonSettings Read(IDistributedApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Baton");
        var runMode = builder.ExecutionContext.IsRunMode;
        var loadBalancer = section.GetValue("LoadBalancer", false);
        return new BatonSettings(
            // Vite serves the web app only in a local run; a published API serves the built app.
            WithFrontend: runMode && section.GetValue("WithFrontend", true),
            // Vite's dev server, for working on the web app; otherwise it is built once and served as built.
            FrontendHotReload: section.GetValue("FrontendHotReload", false),
            // The bridge runs on the machine that has the code, so it is not deployed unless asked for.
            WithBridge: section.GetValue("WithBridge", runMode),
            // The load balancer spreads connections over two instances.
            SecondApi: section.GetValue("SecondApi", false) || loadBalancer,
            LoadBalancer: loadBalancer,
            // Demo: the bridge's CLI talks to the scripted model instead of Anthropic's API.
            Demo: section.GetValue("Demo", false),
            WorkspaceRoot: Path.GetFullPath(section["WorkspaceRoot"] is { Length: > 0 } root
                ? root
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "baton-workspace")),
            // The local bridge's CLI configuration folder (its login, settings and transcripts); the CLI's own default when empty.
            CliConfigDir: section["CliConfigDir"] is { Length: > 0 } configDir ? Path.GetFullPath(configDir) : null);
    }
}
