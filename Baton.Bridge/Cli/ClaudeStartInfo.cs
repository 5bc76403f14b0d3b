using System.Diagnostics;
using System.Globalization;
using System.Text;
using Baton.Bridge.Processes;

namespace Baton.Bridge.Cli;

/// <summary>How a <c>claude</c> process is started: its command line, working directory, streams and environment.</summary>
internal static class ClaudeStartInfo
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public const string BatonEntrypoint = "baton";

    /// <summary>Bridge settings in the bridge's own environment (its token among them) that a CLI, and the tools it runs, must not see.</summary>
    private static readonly string[] HiddenEnvironmentPrefixes = ["Bridge__", "Claude__"];

    public static ProcessStartInfo Create(ClaudeProcessSettings settings, string cliPath, ClaudeCliOptions options, ChildProcessLauncher launcher)
    {
        var startInfo = launcher.CreateStartInfo(cliPath, ClaudeCommandLine.Arguments(settings, options.AllowBypass));
        startInfo.WorkingDirectory = settings.RootDirectory;
        startInfo.RedirectStandardInput = true;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        // No byte-order mark: the CLI would read it as a malformed first line and exit.
        startInfo.StandardInputEncoding = Utf8;
        startInfo.StandardOutputEncoding = Utf8;
        startInfo.StandardErrorEncoding = Utf8;
        foreach (var name in startInfo.Environment.Keys.Where(IsHidden).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        foreach (var (name, value) in options.Environment)
        {
            startInfo.Environment[name] = value;
        }

        // Marks the records this process writes to its session's transcript as Baton's
        // ("entrypoint": "baton"), so importing turns added in a terminal passes over Baton's own.
        startInfo.Environment["CLAUDE_CODE_ENTRYPOINT"] = BatonEntrypoint;

        if (!string.IsNullOrWhiteSpace(options.ConfigDir))
        {
            startInfo.Environment["CLAUDE_CONFIG_DIR"] = options.ConfigDir;
        }

        if (options.MaxRetries is { } maxRetries)
        {
            startInfo.Environment["CLAUDE_CODE_MAX_RETRIES"] = maxRetries.ToString(CultureInfo.InvariantCulture);
        }

        if (options.AllowBypass)
        {
            // As root the CLI refuses bypassPermissions without it.
            startInfo.Environment["IS_SANDBOX"] = "1";
        }

        return startInfo;
    }

    private static bool IsHidden(string name) =>
        HiddenEnvironmentPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
