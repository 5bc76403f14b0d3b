namespace Baton.Contracts.Files;

/// <summary><c>files:content</c> to the bridge, which answers only inside <paramref name="RootDirectory"/>.</summary>
public sealed record ReadRootFileRequest(string RootDirectory, string Path);
