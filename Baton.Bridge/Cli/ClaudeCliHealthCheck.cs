using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Baton.Bridge.Cli;

/// <summary>The bridge is only useful with a CLI to drive: unhealthy, with the install command, without one.</summary>
public sealed class ClaudeCliHealthCheck(ClaudeCliLocator locator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var cli = await locator.GetAsync().WaitAsync(cancellationToken);
        return cli.Found
            ? HealthCheckResult.Healthy($"claude {cli.Version} at {cli.Path}")
            : HealthCheckResult.Unhealthy($"The claude CLI was not found. Install it with: {ClaudeCliOptions.InstallHint}");
    }
}
