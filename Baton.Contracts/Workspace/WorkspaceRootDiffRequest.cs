namespace Baton.Contracts.Workspace;

/// <summary><c>workspace:diff</c> to the bridge, which runs git only inside <paramref name="RootDirectory"/>.</summary>
public sealed record WorkspaceRootDiffRequest(string RootDirectory);
