using System.Text;

namespace Baton.Tests.Bridge.Support;

/// <summary>
/// Finds the processes a test's CLI started, and the tools they run, by the <c>CLAUDE_CONFIG_DIR</c>
/// each test gives its bridge: every one of them carries it in its environment.
/// </summary>
public static class CliProcesses
{
    public static IReadOnlyList<int> WithConfigDir(string configDir)
    {
        var marker = Encoding.UTF8.GetBytes($"CLAUDE_CONFIG_DIR={configDir}\0");
        var found = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllBytes(Path.Combine(folder, "environ")).AsSpan().IndexOf(marker) >= 0 && !IsZombie(folder))
                {
                    found.Add(pid);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The process ended while being looked at.
            }
        }

        return found;
    }

    /// <summary>
    /// The CLI seen in <paramref name="before"/> still runs and no other was started since. A tool the
    /// CLI ran (a short-lived child, also carrying the config folder) may have ended meanwhile.
    /// </summary>
    public static void AssertNoneStartedSince(IReadOnlyList<int> before, string configDir)
    {
        var now = WithConfigDir(configDir);
        Assert.NotEmpty(now);
        Assert.Subset(before.ToHashSet(), now.ToHashSet());
    }

    /// <summary>Waits, polling /proc (there is no event for another process ending), until none is left.</summary>
    public static async Task WaitUntilNoneAsync(string configDir, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (WithConfigDir(configDir) is { Count: > 0 } left)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"CLI processes {string.Join(", ", left)} were still running after {timeout}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private static bool IsZombie(string folder) =>
        File.ReadAllText(Path.Combine(folder, "stat")) is var stat && stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
}
