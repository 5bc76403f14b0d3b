using System.Diagnostics;
using Baton.Bridge.Processes;
using Microsoft.Extensions.Options;

namespace Baton.Bridge.Cli;

/// <summary>
/// Finds the <c>claude</c> executable and asks it for its version once; the answer is cached
/// because the CLI does not change under a running bridge.
/// </summary>
public sealed class ClaudeCliLocator(IOptions<ClaudeCliOptions> options, ILogger<ClaudeCliLocator> logger)
{
    private readonly Lazy<Task<ClaudeCliInfo>> _info = new(() =>
        ProbeAsync(options.Value.CliPath ?? PinnedClaudeCli.FindAbove(AppContext.BaseDirectory) ?? "claude", logger));

    public Task<ClaudeCliInfo> GetAsync() => _info.Value;

    private static async Task<ClaudeCliInfo> ProbeAsync(string cliPath, ILogger logger)
    {
        var path = ExecutableSearch.Find(cliPath);
        if (path is null)
        {
            logger.LogWarning("The claude CLI was not found at '{CliPath}'. Install it with: {InstallHint}", cliPath, ClaudeCliOptions.InstallHint);
            return new ClaudeCliInfo(false, null, null);
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo(path, "--version")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            // The CLI prints e.g. "2.1.328 (Claude Code)".
            var version = output.Trim().Split(' ', 2)[0];
            return new ClaudeCliInfo(process.ExitCode == 0, path, process.ExitCode == 0 ? version : null);
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or OperationCanceledException)
        {
            logger.LogWarning(exception, "The claude CLI at '{Path}' did not report its version", path);
            return new ClaudeCliInfo(false, path, null);
        }
    }
}
