namespace Baton.Contracts.Files;

/// <summary>
/// <c>files:list</c> from a browser: the entries under <paramref name="Path"/> (the project's root
/// when null), or those matching <paramref name="Query"/>.
/// </summary>
public sealed record ListFilesRequest(Guid ProjectId, string? Path, string? Query);
