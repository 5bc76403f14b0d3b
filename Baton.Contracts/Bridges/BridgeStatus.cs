namespace Baton.Contracts.Bridges;

/// <summary>The bridge's answer to <c>bridge:health</c>; the API adds its id and whether it is online.</summary>
public sealed record BridgeStatus(
    string Name,
    bool CliFound,
    string? CliVersion,
    string? InstallHint,
    bool Demo,
    bool BypassAllowed,
    int ActiveRuns,
    long UptimeSeconds);
