using System.Diagnostics;

namespace Baton.Tests.Infrastructure;

/// <summary>What Linux's /proc tells about other processes: parents, sessions, working folders.</summary>
public static class ProcFs
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Every live process below <paramref name="root"/>, entering only those <paramref name="descendInto"/> accepts.</summary>
    public static IReadOnlyList<int> DescendantsOf(int root, Func<int, bool> descendInto)
    {
        var children = LiveProcesses()
            .Select(pid => (Pid: pid, Parent: Stat(pid)?.Parent))
            .Where(process => process.Parent is not null)
            .ToLookup(process => process.Parent!.Value, process => process.Pid);
        var found = new List<int>();
        var pending = new Queue<int>([root]);
        while (pending.TryDequeue(out var parent))
        {
            foreach (var child in children[parent].Where(descendInto))
            {
                found.Add(child);
                pending.Enqueue(child);
            }
        }

        return found;
    }

    public static int? SessionOf(int pid) => Stat(pid)?.Session;

    public static int? ParentOf(int pid) => Stat(pid)?.Parent;

    /// <summary>Live processes whose command line mentions <paramref name="command"/> and whose working folder is <paramref name="folder"/>.</summary>
    public static IReadOnlyList<int> RunningIn(string folder, string command)
    {
        var target = Path.GetFullPath(folder).TrimEnd('/');
        return [.. LiveProcesses().Where(pid => WorkingFolderOf(pid) == target && CommandLineOf(pid).Contains(command, StringComparison.Ordinal))];
    }

    public static string CommandLineOf(int pid) => Read(pid, "cmdline")?.Replace('\0', ' ').Trim() ?? "";

    public static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // It ended already.
        }
    }

    /// <summary>Waits, polling /proc (there is no event for another process ending), until none of them is alive.</summary>
    public static async Task WaitUntilGoneAsync(IReadOnlyCollection<int> pids, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (pids.Where(IsAlive).ToList() is { Count: > 0 } alive)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Still running after {timeout}: {string.Join("; ", alive.Select(pid => $"{pid} {CommandLineOf(pid)}"))}");
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>
    /// Whether any thread of the process still runs. A killed process's leader turns zombie before its other
    /// threads are gone, and its files (its listening sockets) close only with the last of them.
    /// </summary>
    public static bool IsAlive(int pid) => Stat(pid) switch
    {
        null => false,
        { State: 'Z' or 'X' } => ThreadCount(pid) > 1,
        _ => true,
    };

    private static int ThreadCount(int pid)
    {
        try
        {
            return Directory.EnumerateDirectories($"/proc/{pid}/task").Count();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static IEnumerable<int> LiveProcesses() =>
        Directory.EnumerateDirectories("/proc")
            .Select(folder => int.TryParse(Path.GetFileName(folder), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && IsAlive(pid));

    private static string? WorkingFolderOf(int pid)
    {
        try
        {
            return new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget?.TrimEnd('/');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>State, parent and session from /proc/&lt;pid&gt;/stat; the command name before them may hold spaces and parentheses.</summary>
    private static (char State, int Parent, int Session)? Stat(int pid)
    {
        if (Read(pid, "stat") is not { } stat)
        {
            return null;
        }

        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (fields[0][0], int.Parse(fields[1]), int.Parse(fields[3]));
    }

    private static string? Read(int pid, string file)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/{file}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
