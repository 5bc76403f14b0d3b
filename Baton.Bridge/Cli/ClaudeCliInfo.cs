namespace Baton.Bridge.Cli;

/// <summary>What the bridge knows about the CLI it drives: where it is and which version.</summary>
public sealed record ClaudeCliInfo(bool Found, string? Path, string? Version);
