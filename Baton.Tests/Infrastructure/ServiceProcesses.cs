namespace Baton.Tests.Infrastructure;

/// <summary>
/// The processes of a running resource, found through /proc from the pid the orchestrator reports:
/// the orchestrator's <c>dotnet run</c> and the service it started. The orchestrator's stop command
/// reaches only <c>dotnet run</c>, so a test that wants a service gone kills these itself, as a crash would.
/// </summary>
public static class ServiceProcesses
{
    private const string PidProperty = "executable.pid";

    /// <summary>
    /// SIGKILLs the resource's processes at once and waits until they are gone. Processes the service
    /// started in a session of their own (the CLI) are left alone: they must end by themselves.
    /// </summary>
    public static async Task KillAsync(BatonAppFixture app, string resourceName, TimeSpan timeout)
    {
        var processes = ProcessesOf(app, resourceName);
        if (processes.Contains(Environment.ProcessId))
        {
            throw new InvalidOperationException($"'{resourceName}' reported the test's own process as one of its processes.");
        }

        foreach (var pid in processes)
        {
            ProcFs.Kill(pid);
        }

        await ProcFs.WaitUntilGoneAsync(processes, timeout);
    }

    /// <summary>
    /// Stops the resource's processes (SIGSTOP) as a network pause would look to its peers: the sockets stay
    /// open and nothing answers. <see cref="ContinueAsync"/> lets them run on.
    /// </summary>
    public static Task PauseAsync(BatonAppFixture app, string resourceName) => SignalAsync(ProcessesOf(app, resourceName), "STOP");

    public static Task ContinueAsync(BatonAppFixture app, string resourceName) => SignalAsync(ProcessesOf(app, resourceName), "CONT");

    /// <summary>Whether <paramref name="pid"/> is one of the resource's processes, e.g. to tell which instance holds a connection.</summary>
    public static bool Runs(BatonAppFixture app, string resourceName, int pid) => ProcessesOf(app, resourceName).Contains(pid);

    private static async Task SignalAsync(IEnumerable<int> processes, string signal)
    {
        var sent = await ProcessRunner.RunAsync("kill", [$"-{signal}", .. processes.Select(pid => pid.ToString())], "/", TimeSpan.FromSeconds(10));
        Assert.True(sent.ExitCode == 0, $"kill -{signal}: {sent.Describe()}");
    }

    private static List<int> ProcessesOf(BatonAppFixture app, string resourceName)
    {
        var root = PidOf(app, resourceName);
        var session = ProcFs.SessionOf(root);
        return ProcFs.DescendantsOf(root, descendInto: pid => ProcFs.SessionOf(pid) == session).Prepend(root).ToList();
    }

    private static int PidOf(BatonAppFixture app, string resourceName)
    {
        if (!app.App.ResourceNotifications.TryGetCurrentState(resourceName, out var resource)
            || resource.Snapshot.Properties.FirstOrDefault(property => property.Name == PidProperty)?.Value is not { } value
            || !int.TryParse(value.ToString(), out var pid))
        {
            throw new InvalidOperationException($"The orchestrator reports no process for '{resourceName}'.");
        }

        return pid;
    }
}
