using Microsoft.Extensions.Configuration;

namespace Baton.AppHost;

/// <summary>The AppHost's own switches (configuration section <c>Baton</c>), read once at start.</summary>
public sealed record BatonSettings(bool WithFrontend, bool WithBridge, bool SecondApi, bool LoadBalancer, bool Demo, string WorkspaceRoot)
{
    public static BatonSettings Read(IDistributedApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Baton");
        var runMode = builder.ExecutionContext.IsRunMode;
        var loadBalancer = section.GetValue("LoadBalancer", false);
        return new BatonSettings(
            // The Vite dev server exists only in a local run; a published API serves the built app.
            WithFrontend: runMode && section.GetValue("WithFrontend", true),
            // The bridge runs on the machine that has the code, so it is not deployed unless asked for.
            WithBridge: section.GetValue("WithBridge", runMode),
            // The load balancer spreads connections over two instances.
            SecondApi: section.GetValue("SecondApi", false) || loadBalancer,
            LoadBalancer: loadBalancer,
            // Demo: the bridge's CLI talks to the scripted model instead of Anthropic's API.
            Demo: section.GetValue("Demo", false),
            WorkspaceRoot: Path.GetFullPath(section["WorkspaceRoot"] is { Length: > 0 } root
                ? root
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "baton-workspace")));
    }
}
