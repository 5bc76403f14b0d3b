namespace Baton.Contracts.Files;

/// <summary>One file or directory; <paramref name="Path"/> is relative to the project's root.</summary>
public sealed record FileEntry(string Path, string Name, FileKind Kind, long Size, DateTimeOffset ModifiedAt);
