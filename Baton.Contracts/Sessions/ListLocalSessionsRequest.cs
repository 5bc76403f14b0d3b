namespace Baton.Contracts.Sessions;

/// <summary>
/// <c>sessions:list</c> to the bridge: the Claude Code sessions whose transcripts, in the configuration
/// folder the bridge runs the CLI with, record <paramref name="RootDirectory"/> as their working directory.
/// </summary>
public sealed record ListLocalSessionsRequest(string RootDirectory);
