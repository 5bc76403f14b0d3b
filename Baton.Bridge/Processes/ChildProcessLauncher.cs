using System.Collections.Concurrent;
using System.Diagnostics;

namespace Baton.Bridge.Processes;

/// <summary>
/// Starts the CLI processes so they die with the bridge. On Linux each one is started through
/// <c>setpriv --pdeathsig=TERM</c> (a signal when the bridge dies, even by SIGKILL) and
/// <c>setsid</c> (its own process group, so the tools it started can be stopped with it).
/// </summary>
/// <remarks>
/// The kernel sends the parent-death signal when the <em>thread</em> that forked the child ends,
/// and the thread pool retires idle threads: so every start happens on one thread that lives as
/// long as the bridge.
/// </remarks>
public sealed class ChildProcessLauncher : IDisposable
{
    private readonly BlockingCollection<PendingStart> _starts = new();
    private readonly string? _setpriv;
    private readonly string? _setsid;

    public ChildProcessLauncher()
    {
        if (OperatingSystem.IsLinux())
        {
            _setpriv = ExecutableSearch.Find("setpriv");
            _setsid = ExecutableSearch.Find("setsid");
        }

        new Thread(StartQueuedProcesses) { IsBackground = true, Name = "Baton CLI launcher" }.Start();
    }

    /// <summary>Whether started processes lead their own process group (the group id is then their pid).</summary>
    public bool StartsProcessGroups => _setsid is not null;

    /// <summary>A start of <paramref name="fileName"/> with <paramref name="arguments"/>, wrapped as described above when possible.</summary>
    public ProcessStartInfo CreateStartInfo(string fileName, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo { UseShellExecute = false };
        var command = new List<string>();
        if (_setpriv is not null)
        {
            command.AddRange([_setpriv, "--pdeathsig=TERM", "--"]);
        }

        if (_setsid is not null)
        {
            // setsid only forks when the caller already leads a group, which a freshly forked child never does:
            // so the pid .NET sees stays the CLI's own.
            command.Add(_setsid);
        }

        command.Add(fileName);
        command.AddRange(arguments);
        startInfo.FileName = command[0];
        foreach (var argument in command.Skip(1))
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    public Task<Process> StartAsync(ProcessStartInfo startInfo)
    {
        var pending = new PendingStart(startInfo, new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously));
        _starts.Add(pending);
        return pending.Started.Task;
    }

    public void Dispose() => _starts.CompleteAdding();

    private void StartQueuedProcesses()
    {
        foreach (var pending in _starts.GetConsumingEnumerable())
        {
            try
            {
                pending.Started.SetResult(Process.Start(pending.StartInfo) ?? throw new InvalidOperationException($"{pending.StartInfo.FileName} did not start."));
            }
            catch (Exception exception)
            {
                pending.Started.SetException(exception);
            }
        }
    }

    private sealed record PendingStart(ProcessStartInfo StartInfo, TaskCompletionSource<Process> Started);
}
