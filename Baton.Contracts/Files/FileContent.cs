namespace Baton.Contracts.Files;

/// <summary>The answer to <c>files:content</c>: a text file's whole content.</summary>
public sealed record FileContent(string Path, string Content, long Size, DateTimeOffset ModifiedAt);
