using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Baton.ScriptedModel.Scenarios;
using Baton.Tests.Bridge.Support;

namespace Baton.Tests.Bridge;

/// <summary>
/// Background tasks of the real CLI (the Bash tool's <c>run_in_background</c>, through the scripted model): the
/// turn the CLI starts on its own to report one reaches the API as a run, and a process whose task still runs
/// is not idle.
/// </summary>
public sealed class BackgroundTaskTests
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_task_that_ends_after_the_turn_is_reported_in_a_run_the_cli_started()
    {
        await using var host = await BridgeTestHost.StartAsync(["--Claude:AllowBypass=true"]);

        var started = await host.StartRunAsync(host.NewRun("background", mode: PermissionMode.BypassPermissions));
        var first = await host.WaitForEndAsync(started);
        var cliTurn = await host.Recorder.WaitForAsync(() => host.Recorder.CliTurns.FirstOrDefault(), BridgeTestHost.RunTimeout, first.Describe);
        var report = await host.WaitForEndAsync(cliTurn.RequestId);

        Assert.Contains(first.LinesOf("system", "task_started"), line => RunLog.Text(line, "description") == "Do some work in the background");
        Assert.Equal(host.ConversationId, cliTurn.ConversationId);
        Assert.Equal(WireEvents.ClaudeCliTurn, report.Events[0].Method);
        // The lines between the turns open the run, before the turn's own init.
        var notification = Assert.Single(report.LinesOf("system", "task_notification"));
        Assert.Equal("completed", RunLog.Text(notification, "status"));
        Assert.True(report.Lines.ToList().IndexOf(notification) < report.Lines.ToList().FindIndex(line => RunLog.Text(line, "subtype") == "init"));
        var completion = Assert.IsType<RunCompleted>(report.Terminal!.Payload, exactMatch: true);
        Assert.StartsWith(BackgroundScript.ReportOpening, completion.ResultText);
        Assert.Contains("completed (exit code 0)", completion.ResultText);
    }

    [Fact]
    public async Task A_process_whose_task_still_runs_outlives_the_idle_timeout()
    {
        await using var host = await BridgeTestHost.StartAsync(["--Claude:AllowBypass=true", $"--Claude:IdleTimeout={IdleTimeout:c}"]);

        await host.WaitForCompletionAsync(await host.StartRunAsync(host.NewRun("until stopped", mode: PermissionMode.BypassPermissions)));
        var processes = CliProcesses.WithConfigDir(host.ConfigDir);

        // An idle process would be gone within one timeout; this one is still there after four.
        await Assert.ThrowsAsync<TimeoutException>(() => CliProcesses.WaitUntilNoneAsync(host.ConfigDir, IdleTimeout * 4));
        await host.WaitForCompletionAsync(await host.StartRunAsync(host.NewRun("hello", mode: PermissionMode.BypassPermissions)));
        Assert.NotEmpty(processes);
        CliProcesses.AssertNoneStartedSince(processes, host.ConfigDir);
    }
}
