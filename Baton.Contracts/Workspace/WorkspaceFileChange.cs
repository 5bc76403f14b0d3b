namespace Baton.Contracts.Workspace;

/// <summary>
/// One changed file, its path relative to the project's folder (<paramref name="OldPath"/> where it
/// was renamed), with its staged changes (index against HEAD) and its unstaged ones (folder against
/// index) as hunks; an untracked file has none, a binary one is marked and has none either.
/// </summary>
public sealed record WorkspaceFileChange(
    string Path,
    string? OldPath,
    WorkspaceFileStatus Status,
    IReadOnlyList<DiffHunk> Staged,
    IReadOnlyList<DiffHunk> Unstaged,
    bool Binary);
