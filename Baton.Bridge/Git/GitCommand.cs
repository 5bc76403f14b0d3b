using System.Diagnostics;
using System.Text;

namespace Baton.Bridge.Git;

/// <summary>
/// Runs one read-only git command in a project's folder: git never looks for a repository above
/// <c>ceiling</c>, takes none of the bridge's own <c>GIT_*</c> settings, runs no fsmonitor hook,
/// external diff or textconv program, and is killed when its output passes the limit or the
/// caller's token fires.
/// </summary>
internal static class GitCommand
{
    private const int MaxErrorBytes = 4 * 1024;

    /// <summary>Settings that would make a repository's own configuration run programs while we only look.</summary>
    private static readonly string[] SafeSettings = ["-c", "core.fsmonitor=false", "-c", "core.quotePath=false", "-c", "color.ui=false"];

    public static async Task<GitOutput> RunAsync(string git, string folder, string ceiling, IEnumerable<string> arguments, int maxOutputBytes, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(git)
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in SafeSettings.Concat(arguments))
        {
            startInfo.ArgumentList.Add(argument);
        }

        // An inherited GIT_DIR, GIT_WORK_TREE or GIT_INDEX_FILE would point git at another repository.
        foreach (var name in startInfo.Environment.Keys.Where(name => name.StartsWith("GIT_", StringComparison.Ordinal)).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["GIT_CEILING_DIRECTORIES"] = ceiling;
        startInfo.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        startInfo.Environment["GIT_TERMINAL_PROMPT"] = "0";
        startInfo.Environment["LC_ALL"] = "C";

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("git did not start.");
        process.StandardInput.Close();
        try
        {
            var error = ReadUpToAsync(process.StandardError.BaseStream, MaxErrorBytes, drainTheRest: true, cancellationToken);
            var (output, truncated) = await ReadUpToAsync(process.StandardOutput.BaseStream, maxOutputBytes, drainTheRest: false, cancellationToken);
            if (truncated)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(cancellationToken);
            return new GitOutput(process.ExitCode, output, (await error).Text, truncated);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    /// <summary>
    /// The stream's text up to <paramref name="limit"/> bytes. Stderr's rest is drained unread so git
    /// never blocks writing it; stdout's is not, as git is killed once it said too much.
    /// </summary>
    private static async Task<(string Text, bool Truncated)> ReadUpToAsync(Stream stream, int limit, bool drainTheRest, CancellationToken cancellationToken)
    {
        var buffer = new byte[limit + 1];
        var length = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        var truncated = length > limit;
        if (truncated && drainTheRest)
        {
            await DrainAsync(stream, cancellationToken);
        }

        return (new UTF8Encoding(false, false).GetString(buffer, 0, Math.Min(length, limit)), truncated);
    }

    private static async Task DrainAsync(Stream stream, CancellationToken cancellationToken)
    {
        var sink = new byte[16 * 1024];
        try
        {
            while (await stream.ReadAsync(sink, cancellationToken) > 0)
            {
            }
        }
        catch (IOException)
        {
            // The process was killed; its pipe closed under us.
        }
    }
}
