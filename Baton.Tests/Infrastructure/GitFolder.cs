namespace Baton.Tests.Infrastructure;

/// <summary>Runs the real git in a test's folder, with an identity of its own and none of the machine's configuration.</summary>
public static class GitFolder
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string> Environment = new()
    {
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_AUTHOR_NAME"] = "Baton Tests",
        ["GIT_AUTHOR_EMAIL"] = "tests@baton.invalid",
        ["GIT_COMMITTER_NAME"] = "Baton Tests",
        ["GIT_COMMITTER_EMAIL"] = "tests@baton.invalid",
    };

    /// <summary>Makes <paramref name="folder"/> a repository on <c>main</c> whose first commit holds <paramref name="files"/>.</summary>
    public static async Task InitAsync(string folder, IReadOnlyDictionary<string, string> files)
    {
        await RunAsync(folder, "init", "--quiet", "--initial-branch=main");
        foreach (var (path, content) in files)
        {
            await WriteAsync(folder, path, content);
        }

        await RunAsync(folder, "add", "--all");
        await RunAsync(folder, "commit", "--quiet", "--message=First");
    }

    public static async Task WriteAsync(string folder, string path, string content)
    {
        var file = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, content);
    }

    public static async Task RunAsync(string folder, params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync("git", arguments, folder, Timeout, Environment);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)}: {result.Describe()}");
    }
}
