using System.Diagnostics;

namespace Baton.Bridge.Processes;

/// <summary>
/// Ends a child process: SIGTERM, then SIGKILL, each with a short grace, to its whole process
/// group when it leads one (so the tools it started end with it).
/// </summary>
public sealed class ProcessTermination(Process process, bool leadsProcessGroup, TimeProvider timeProvider)
{
    private static readonly TimeSpan SignalGrace = TimeSpan.FromSeconds(2);

    /// <param name="exited">Completes once the process has exited (and whatever its owner waits for after that).</param>
    public async Task TerminateAsync(Task exited)
    {
        Signal(ProcessSignals.Terminate);
        if (await ExitsWithinAsync(exited, SignalGrace))
        {
            return;
        }

        Signal(ProcessSignals.Kill);
        await ExitsWithinAsync(exited, SignalGrace);
    }

    /// <summary>Kills the process (and its group) at once.</summary>
    public void Kill() => Signal(ProcessSignals.Kill);

    public async Task<bool> ExitsWithinAsync(Task exited, TimeSpan timeout)
    {
        try
        {
            await exited.WaitAsync(timeout, timeProvider);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private void Signal(int signal)
    {
        if (process.HasExited)
        {
            return;
        }

        if (leadsProcessGroup)
        {
            ProcessSignals.SendToGroup(process.Id, signal);
        }
        else if (signal == ProcessSignals.Kill || OperatingSystem.IsWindows())
        {
            process.Kill(entireProcessTree: true);
        }
        else
        {
            ProcessSignals.Send(process.Id, signal);
        }
    }
}
