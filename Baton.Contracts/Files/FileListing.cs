namespace Baton.Contracts.Files;

/// <summary>The answer to <c>files:list</c>; <paramref name="Truncated"/> when more entries matched than were sent.</summary>
public sealed record FileListing(IReadOnlyList<FileEntry> Entries, bool Truncated);
