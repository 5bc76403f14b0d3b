namespace Baton.Benchmarks.Reporting;

/// <summary>
/// The machine's processes as /proc shows them at one moment: who started whom, and the CPU each
/// has used, its reaped children's included. Summing a whole tree that way charges a server with
/// the CPU of every worker it forks (PostgreSQL's backends), even of those that ended meanwhile.
/// </summary>
public sealed class ProcessTable
{
    // /proc reports CPU in USER_HZ, which Linux fixes at 100 ticks a second whatever the kernel's own rate.
    private const double TicksPerSecond = 100;

    private readonly Dictionary<int, Entry> _entries;

    private ProcessTable(Dictionary<int, Entry> entries) => _entries = entries;

    public static ProcessTable Read()
    {
        var entries = new Dictionary<int, Entry>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), out var pid) && TryReadStat(folder, out var entry))
            {
                entries[pid] = entry;
            }
        }

        return new ProcessTable(entries);
    }

    /// <summary>The processes in the tree below <paramref name="root"/> (itself included), optionally only those of one name.</summary>
    public IReadOnlyList<int> Tree(int root, string? name = null)
    {
        var children = _entries.ToLookup(entry => entry.Value.ParentPid, entry => entry.Key);
        var found = new List<int>();
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            if (_entries.TryGetValue(pid, out var entry) && (name is null || entry.Name == name))
            {
                found.Add(pid);
            }

            foreach (var child in children[pid])
            {
                pending.Push(child);
            }
        }

        return found;
    }

    /// <summary>CPU used by the given processes and by their children that have ended.</summary>
    public TimeSpan CpuTime(IEnumerable<int> pids) =>
        TimeSpan.FromSeconds(pids.Sum(pid => _entries.TryGetValue(pid, out var entry) ? entry.CpuTicks : 0) / TicksPerSecond);

    private static bool TryReadStat(string folder, out Entry entry)
    {
        entry = default;
        string stat;
        try
        {
            stat = File.ReadAllText(Path.Combine(folder, "stat"));
        }
        catch (IOException)
        {
            // The process ended between listing and reading.
            return false;
        }

        // "pid (name) state ppid ...": the name may hold spaces and parentheses, so fields are counted after the last ')'.
        var nameStart = stat.IndexOf('(');
        var nameEnd = stat.LastIndexOf(')');
        if (nameStart < 0 || nameEnd < nameStart)
        {
            return false;
        }

        var fields = stat[(nameEnd + 2)..].Split(' ');
        // After the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
        entry = new Entry(
            stat[(nameStart + 1)..nameEnd],
            int.Parse(fields[1]),
            long.Parse(fields[11]) + long.Parse(fields[12]) + long.Parse(fields[13]) + long.Parse(fields[14]));
        return true;
    }

    private readonly record struct Entry(string Name, int ParentPid, long CpuTicks);
}
