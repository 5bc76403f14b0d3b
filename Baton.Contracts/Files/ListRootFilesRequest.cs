namespace Baton.Contracts.Files;

/// <summary><c>files:list</c> to the bridge, which answers only inside <paramref name="RootDirectory"/>.</summary>
public sealed record ListRootFilesRequest(string RootDirectory, string? Path, string? Query);
