namespace Baton.Contracts.Bridges;

/// <summary>
/// The answer to a browser's <c>bridge:health</c>: whether the project's bridge is online and, when
/// it is, what it reported. <paramref name="InstallHint"/> says how to install a missing CLI.
/// </summary>
public sealed record BridgeHealth(
    Guid BridgeId,
    string Name,
    bool Online,
    bool CliFound,
    string? CliVersion,
    string? InstallHint,
    bool Demo,
    bool BypassAllowed,
    int ActiveRuns,
    long UptimeSeconds);
