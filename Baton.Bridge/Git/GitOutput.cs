namespace Baton.Bridge.Git;

/// <summary>What one git command said; <paramref name="Truncated"/> when its output passed the limit and it was stopped there.</summary>
internal sealed record GitOutput(int ExitCode, string Output, string Error, bool Truncated);
