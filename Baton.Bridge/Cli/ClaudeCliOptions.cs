namespace Baton.Bridge.Cli;

/// <summary>Where the bridge finds the <c>claude</c> CLI (configuration section <c>Claude</c>).</summary>
public sealed class ClaudeCliOptions
{
    public const string SectionName = "Claude";

    /// <summary>The CLI's path, or a bare name looked up on PATH.</summary>
    public string CliPath { get; set; } = "claude";

    public const string InstallHint = "npm install -g @anthropic-ai/claude-code";
}
