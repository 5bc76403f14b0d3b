using Baton.Tests.Bridge.Support;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.LocalSessions;

/// <summary>The bare pinned CLI run as a person would in a terminal, in a folder, with a configuration folder and the scripted model.</summary>
internal sealed class TerminalCli(string configDir, string modelUrl)
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(90);

    /// <summary>One prompt in print mode (<c>-p</c>), resuming <paramref name="sessionId"/> when given; the answer's text.</summary>
    public async Task<string> AskAsync(string folder, string prompt, string? sessionId = null)
    {
        Directory.CreateDirectory(folder);
        string[] resume = sessionId is null ? [] : ["--resume", sessionId];
        var result = await ProcessRunner.RunAsync(
            BridgeTestHost.ClaudeCliPath, ["-p", prompt, .. resume], folder, TurnTimeout,
            new Dictionary<string, string>
            {
                ["CLAUDE_CONFIG_DIR"] = configDir,
                ["ANTHROPIC_BASE_URL"] = modelUrl.TrimEnd('/'),
                ["ANTHROPIC_API_KEY"] = "baton-demo",
                ["CLAUDE_CODE_MAX_RETRIES"] = "0",
            });
        Assert.True(result.ExitCode == 0, result.Describe());
        return result.Output.Trim();
    }
}
