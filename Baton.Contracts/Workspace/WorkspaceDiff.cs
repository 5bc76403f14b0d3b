namespace Baton.Contracts.Workspace;

/// <summary>
/// The answer to <c>workspace:diff</c>: the project folder's changed files as git sees them, or,
/// by <paramref name="State"/>, why there are none to show. <paramref name="Truncated"/> when git
/// said more than the bridge sends, so some files or diffs are missing.
/// </summary>
public sealed record WorkspaceDiff(WorkspaceDiffState State, string? Branch, IReadOnlyList<WorkspaceFileChange> Files, bool Truncated);
