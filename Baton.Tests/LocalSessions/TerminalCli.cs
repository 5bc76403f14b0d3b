using System.Text.Json;
using Baton.Tests.Bridge.Support;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.LocalSessions;

/// <summary>
/// The bare pinned CLI run as a person would in a terminal, in a folder, against the scripted model, with the
/// configuration folder the bridge's CLI uses.
/// </summary>
internal sealed class TerminalCli(string configDir, string modelUrl)
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(90);

    /// <summary>One prompt in print mode (<c>-p</c>), resuming <paramref name="sessionId"/> when given; the session and the answer's text.</summary>
    public async Task<(string SessionId, string Answer)> AskAsync(string folder, string prompt, string? sessionId = null)
    {
        Directory.CreateDirectory(folder);
        string[] resume = sessionId is null ? [] : ["--resume", sessionId];
        var environment = new Dictionary<string, string>
        {
            ["ANTHROPIC_BASE_URL"] = modelUrl.TrimEnd('/'),
            ["ANTHROPIC_API_KEY"] = "baton-demo",
            ["CLAUDE_CODE_MAX_RETRIES"] = "0",
            ["CLAUDE_CONFIG_DIR"] = configDir,
        };

        var result = await ProcessRunner.RunAsync(
            BridgeTestHost.ClaudeCliPath, ["-p", prompt, "--output-format", "json", .. resume], folder, TurnTimeout, environment);
        Assert.True(result.ExitCode == 0, result.Describe());
        using var answer = JsonDocument.Parse(result.Output);
        return (answer.RootElement.GetProperty("session_id").GetString()!, answer.RootElement.GetProperty("result").GetString()!);
    }
}
