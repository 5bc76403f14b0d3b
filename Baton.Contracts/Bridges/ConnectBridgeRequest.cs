namespace Baton.Contracts.Bridges;

/// <summary>
/// <c>bridge:connect</c>, the bridge's first call after every (re)connect. Its token says which
/// bridge it is; a run the API thinks is running but not listed in <paramref name="ActiveRuns"/> fails.
/// </summary>
public sealed record ConnectBridgeRequest(
    string Name,
    string Version,
    string? CliVersion,
    IReadOnlyList<string> WorkspaceRoots,
    IReadOnlyList<ActiveRun> ActiveRuns);
