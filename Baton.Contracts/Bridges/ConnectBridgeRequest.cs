namespace Baton.Contracts.Bridges;

/// <summary>
/// <c>bridge:connect</c>, the bridge's first call after every (re)connect. Its token says which
/// bridge it is; a run the API thinks is running but not listed in <paramref name="ActiveRuns"/> fails.
/// <paramref name="CliPath"/> and <paramref name="CliConfigDir"/> say how the bridge runs the CLI (its
/// configuration folder, null for the CLI's default), so a person can continue a session in a terminal there.
/// </summary>
public sealed record ConnectBridgeRequest(
    string Name,
    string Version,
    string? CliVersion,
    IReadOnlyList<string> WorkspaceRoots,
    IReadOnlyList<ActiveRun> ActiveRuns,
    string? CliPath = null,
    string? CliConfigDir = null);
