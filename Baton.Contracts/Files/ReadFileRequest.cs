namespace Baton.Contracts.Files;

/// <summary><c>files:content</c> from a browser; <paramref name="Path"/> is relative to the project's root.</summary>
public sealed record ReadFileRequest(Guid ProjectId, string Path);
