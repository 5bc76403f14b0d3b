using Baton.Contracts.Workspace;

namespace Baton.Bridge.Git;

/// <summary>One line of <c>git status</c>: a path relative to the repository's top, where it came from if renamed, and what happened.</summary>
internal sealed record StatusEntry(string Path, string? OldPath, WorkspaceFileStatus Status);
