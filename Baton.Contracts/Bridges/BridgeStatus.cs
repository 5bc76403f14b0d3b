namespace Baton.Contracts.Bridges;

/// <summary>
/// What a bridge says about itself: its answer to <c>bridge:health</c> (inside the API's
/// <see cref="BridgeHealth"/>) and its local status page. <paramref name="InstallHint"/> says how
/// to install a missing CLI. <paramref name="Models"/> are the models its CLI lists, null until it has said.
/// </summary>
public sealed record BridgeStatus(
    string Name,
    bool CliFound,
    string? CliVersion,
    string? InstallHint,
    bool Demo,
    bool BypassAllowed,
    int ActiveRuns,
    long UptimeSeconds,
    IReadOnlyList<ModelChoice>? Models = null);
