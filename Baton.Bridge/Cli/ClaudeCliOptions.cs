using System.ComponentModel.DataAnnotations;
using Baton.Contracts;

namespace Baton.Bridge.Cli;

/// <summary>How the bridge runs the <c>claude</c> CLI (configuration section <c>Claude</c>).</summary>
public sealed class ClaudeCliOptions
{
    public const string SectionName = "Claude";

    public const string InstallHint = "npm install -g @anthropic-ai/claude-code";

    /// <summary>
    /// The CLI's path, or a bare name looked up on PATH. Unset: the checkout's pinned CLI when the bridge
    /// runs from a checkout that has it installed, else <c>claude</c> on PATH.
    /// </summary>
    public string? CliPath { get; set; }

    /// <summary>The CLI talks to Baton's scripted model; health reports it so the UI can say so.</summary>
    public bool Demo { get; set; }

    /// <summary>Extra environment for every CLI process, e.g. <c>ANTHROPIC_API_KEY</c> or <c>ANTHROPIC_BASE_URL</c>.</summary>
    public Dictionary<string, string> Environment { get; set; } = [];

    /// <summary>Allows the <c>bypassPermissions</c> mode; sets <c>IS_SANDBOX=1</c>, without which the CLI refuses it as root.</summary>
    public bool AllowBypass { get; set; }

    /// <summary>The CLI's <c>CLAUDE_CONFIG_DIR</c> (its login, settings and transcripts); its own default when empty.</summary>
    public string? ConfigDir { get; set; }

    /// <summary>The CLI's <c>CLAUDE_CODE_MAX_RETRIES</c> for API errors; its own default when unset.</summary>
    [Range(0, 100)]
    public int? MaxRetries { get; set; }

    /// <summary>How many CLI processes may run at once; an idle one is shut down to make room.</summary>
    [Range(1, 1000)]
    public int MaxProcesses { get; set; } = BatonDefaults.MaxCliProcessesPerBridge;

    /// <summary>A process with no run for this long is shut down; the next message resumes its session.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = BatonDefaults.IdleCliProcess;

    /// <summary>How long an interrupted turn may take to end before its process is killed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan AbortGrace { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a process whose input was closed may take to exit (it flushes its transcript) before it is terminated.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long the CLI may take to answer a control request such as <c>set_model</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ControlRequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
