using Baton.Contracts.Workspace;

namespace Baton.Bridge.Git;

/// <summary>One file's part of a <c>git diff</c>: its path relative to where git ran, and its hunks.</summary>
internal sealed record FileDiff(string Path, bool Binary, IReadOnlyList<DiffHunk> Hunks);
