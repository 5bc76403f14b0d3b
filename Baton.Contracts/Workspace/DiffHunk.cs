namespace Baton.Contracts.Workspace;

/// <summary>
/// One hunk of a unified diff: where it starts in the old and new file, and its lines, each
/// beginning with <c>-</c>, <c>+</c> or a space (the shape of the CLI's <c>structuredPatch</c>).
/// </summary>
public sealed record DiffHunk(int OldStart, int NewStart, IReadOnlyList<string> Lines);
