using Baton.Bridge.Cli;
using Microsoft.Extensions.Options;

namespace Baton.Bridge.Sessions;

/// <summary>
/// The configuration folder the bridge's CLI processes use, where they keep their transcripts: the
/// configured one, else the <c>CLAUDE_CONFIG_DIR</c> they inherit, else the CLI's default <c>~/.claude</c>.
/// </summary>
public sealed class CliConfigFolder(IOptions<ClaudeCliOptions> options)
{
    private const string ConfigDirVariable = "CLAUDE_CONFIG_DIR";

    public string Path
    {
        get
        {
            var cli = options.Value;
            var configured = cli.ConfigDir is { Length: > 0 } configDir ? configDir
                : cli.Environment.TryGetValue(ConfigDirVariable, out var passed) && passed.Length > 0 ? passed
                : Environment.GetEnvironmentVariable(ConfigDirVariable) is { Length: > 0 } inherited ? inherited
                : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".claude");
            return System.IO.Path.GetFullPath(configured);
        }
    }

    /// <summary>One folder per working directory, each holding <c>&lt;session&gt;.jsonl</c> transcripts.</summary>
    public string ProjectsPath => System.IO.Path.Combine(Path, "projects");
}
