using Aspire.Hosting.ApplicationModel;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Faults.Soak;

/// <summary>
/// Injects one fault into the running app and brings it back, so the run can end and the next run finds
/// every service running and healthy. The bridge sits on <c>api</c>; the tab on whichever instance the plan says.
/// </summary>
public static class FaultInjector
{
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ProcessExitTimeout = TimeSpan.FromSeconds(15);
    private static readonly string[] Services = ["postgres", "redis", "api", "api2", "bridge"];

    public static async Task InjectAsync(BatonAppFixture app, SoakPlan plan)
    {
        try
        {
            await (plan.Fault switch
            {
                FaultKind.BridgeKilled => KillAndStartAsync(app, "bridge"),
                FaultKind.BrowserApiKilled => KillAndStartAsync(app, plan.TabInstance),
                FaultKind.BridgeApiKilled => KillAndStartAsync(app, "api"),
                FaultKind.RedisRestarted => RestartAsync(app, "redis"),
                FaultKind.PostgresRestarted => RestartAsync(app, "postgres"),
                FaultKind.BridgePaused => PauseAsync(app, plan.PauseFor),
                _ => throw new ArgumentOutOfRangeException(nameof(plan), plan.Fault, null),
            });
        }
        finally
        {
            foreach (var service in Services)
            {
                await app.EnsureRunningAsync(service, RecoveryTimeout);
            }
        }
    }

    private static async Task KillAndStartAsync(BatonAppFixture app, string resourceName)
    {
        await ServiceProcesses.KillAsync(app, resourceName, ProcessExitTimeout);
        await app.StartAgainAsync(resourceName, RecoveryTimeout);
    }

    private static async Task RestartAsync(BatonAppFixture app, string resourceName)
    {
        await app.ExecuteResourceCommandAsync(resourceName, KnownResourceCommands.StopCommand);
        await app.ExecuteResourceCommandAsync(resourceName, KnownResourceCommands.StartCommand);
    }

    private static async Task PauseAsync(BatonAppFixture app, TimeSpan pauseFor)
    {
        await ServiceProcesses.PauseAsync(app, "bridge");
        try
        {
            // The pause is the fault itself: how long the bridge's peers hear nothing from it.
            await Task.Delay(pauseFor);
        }
        finally
        {
            await ServiceProcesses.ContinueAsync(app, "bridge");
        }
    }
}
