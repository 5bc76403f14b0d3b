using System.Reflection;
using Baton.Bridge.Cli;
using Baton.Bridge.Configuration;
using Baton.Bridge.Runs;
using Baton.Contracts.Bridges;
using Microsoft.Extensions.Options;

namespace Baton.Bridge.Status;

/// <summary>What the bridge says about itself in <c>bridge:health</c> and on its local status page.</summary>
public sealed class BridgeStatusReporter(
    IOptions<BridgeOptions> bridgeOptions,
    IOptions<ClaudeCliOptions> cliOptions,
    ClaudeCliLocator cliLocator,
    RunSupervisor supervisor,
    ClaudeModelCatalogue models,
    TimeProvider timeProvider)
{
    private readonly DateTimeOffset _startedAt = timeProvider.GetUtcNow();

    /// <summary>The bridge's own version, as its assembly states it.</summary>
    public static string BridgeVersion { get; } =
        typeof(BridgeStatusReporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public async Task<BridgeStatus> ReportAsync()
    {
        var cli = await cliLocator.GetAsync();
        return new BridgeStatus(
            bridgeOptions.Value.Name,
            cli.Found,
            cli.Version,
            cli.Found ? null : ClaudeCliOptions.InstallHint,
            cliOptions.Value.Demo,
            cliOptions.Value.AllowBypass,
            supervisor.ActiveRunCount,
            (long)(timeProvider.GetUtcNow() - _startedAt).TotalSeconds,
            await models.GetAsync());
    }
}
