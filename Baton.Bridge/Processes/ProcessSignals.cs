using System.Runtime.InteropServices;

namespace Baton.Bridge.Processes;

/// <summary>POSIX signals to a process or a whole process group; .NET only kills, one process tree at a time.</summary>
internal static class ProcessSignals
{
    public const int Terminate = 15;
    public const int Kill = 9;

    /// <summary>Signals every process of the group <paramref name="groupId"/> (a leader's pid), including tools the CLI started.</summary>
    public static void SendToGroup(int groupId, int signal) => _ = kill(-groupId, signal);

    public static void Send(int processId, int signal) => _ = kill(processId, signal);

    // A failure (the group is already gone) needs no handling: the signal had nothing left to stop.
    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
