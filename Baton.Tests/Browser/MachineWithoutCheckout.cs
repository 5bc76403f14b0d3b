using System.Diagnostics;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Browser;

/// <summary>
/// A person's other machine, as far as a shell sees it: a home folder of its own (so <c>~</c>, .NET's
/// global tools and NuGet's caches live there, not in the checkout), the .NET SDK and Node.js, and
/// Claude Code installed on PATH. Commands copied from the web app run here as a person would paste them.
/// </summary>
public sealed class MachineWithoutCheckout : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    public MachineWithoutCheckout()
    {
        Home = TestFolders.CreateShared("bridge-machine");
        var toolsOnPath = Path.Combine(Home, ".dotnet", "tools");
        // As `npm install -g @anthropic-ai/claude-code` would leave it: the CLI Baton is tested with, on PATH.
        var claudeOnPath = Path.GetDirectoryName(RepositoryPaths.Combine("tools", "claude-cli", "node_modules", ".bin", "claude"))!;
        Environment = new Dictionary<string, string>
        {
            ["HOME"] = Home,
            ["DOTNET_CLI_HOME"] = Home,
            ["NUGET_PACKAGES"] = Path.Combine(Home, ".nuget", "packages"),
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["PATH"] = string.Join(Path.PathSeparator, toolsOnPath, claudeOnPath, System.Environment.GetEnvironmentVariable("PATH")),
        };
    }

    public string Home { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Runs a command line in bash in the home folder and fails with its output unless it succeeds.</summary>
    public async Task RunAsync(string command)
    {
        var result = await ProcessRunner.RunAsync("bash", ["-c", command], Home, CommandTimeout, Environment);
        Assert.True(result.ExitCode == 0, $"{command}{System.Environment.NewLine}{result.Describe()}");
    }

    /// <summary>Starts a command line that keeps running; bash hands its process over to the command.</summary>
    public RunningProcess Start(string command)
    {
        var startInfo = new ProcessStartInfo("bash", ["-c", $"exec {command}"])
        {
            WorkingDirectory = Home,
        };
        foreach (var (name, value) in Environment)
        {
            startInfo.Environment[name] = value;
        }

        return RunningProcess.Start(startInfo);
    }

    public void Dispose() => TestFolders.TryDelete(Home);
}
