using Baton.Contracts.Errors;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Baton.Tests.Bridge.Support;

namespace Baton.Tests.Bridge;

/// <summary>A conversation keeps one CLI process while it is in use, and its session when the process is gone.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task A_message_after_an_idle_shutdown_resumes_the_session()
    {
        await using var host = await BridgeTestHost.StartAsync(["--Claude:IdleTimeout=00:00:01"]);

        var first = await host.WaitForCompletionAsync(await host.StartRunAsync("hello"));
        var firstProcesses = CliProcesses.WithConfigDir(host.ConfigDir);
        await CliProcesses.WaitUntilNoneAsync(host.ConfigDir, TimeSpan.FromSeconds(15));
        var second = await host.StartRunAsync(host.NewRun("recall", sessionId: first.SessionId));
        var recall = await host.WaitForCompletionAsync(second);

        Assert.Equal("You have sent me 2 messages in this conversation.", recall.ResultText);
        // The CLI's running total carries over a resumed session; the run reports its own turn alone.
        Assert.InRange(recall.CostUsd, first.CostUsd * 0.5, first.CostUsd * 1.5);
        Assert.Equal(first.SessionId, recall.SessionId);
        Assert.DoesNotContain(CliProcesses.WithConfigDir(host.ConfigDir), firstProcesses.Contains);
    }

    [Fact]
    public async Task A_session_the_cli_does_not_know_fails_the_run_with_the_cli_reason()
    {
        await using var host = await BridgeTestHost.StartAsync();

        var requestId = await host.StartRunAsync(host.NewRun("hello", sessionId: Guid.NewGuid().ToString()));
        var log = await host.WaitForEndAsync(requestId);

        var failure = Assert.IsType<RunFailed>(log.Terminal!.Payload);
        Assert.Equal(ErrorCodes.CliFailed, failure.Code);
        Assert.Contains("No conversation found with session ID", failure.Message);
    }

    [Fact]
    public async Task Switching_to_bypass_keeps_the_process_where_the_bridge_allows_bypass()
    {
        await using var host = await BridgeTestHost.StartAsync(["--Claude:AllowBypass=true"]);

        var first = await host.WaitForCompletionAsync(await host.StartRunAsync("hello"));
        var firstProcesses = CliProcesses.WithConfigDir(host.ConfigDir);
        var bypass = await host.StartRunAsync(host.NewRun("run touch bypassed.txt", mode: PermissionMode.BypassPermissions));
        var log = await host.WaitForEndAsync(bypass);

        // Started with --allow-dangerously-skip-permissions, the process switches with set_permission_mode.
        var init = Assert.Single(log.LinesOf("system", "init"));
        Assert.Equal("bypassPermissions", RunLog.Text(init, "permissionMode"));
        Assert.Equal(first.SessionId, RunLog.Text(init, "session_id"));
        Assert.Empty(log.PermissionRequests);
        Assert.True(File.Exists(Path.Combine(host.ProjectRoot, "bypassed.txt")));
        CliProcesses.AssertNoneStartedSince(firstProcesses, host.ConfigDir);
    }

    [Fact]
    public async Task Bypass_is_refused_unless_the_bridge_allows_it()
    {
        await using var host = await BridgeTestHost.StartAsync();
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout);

        var refusal = await host.Bridge.Execute(host.NewRun("hello", mode: PermissionMode.BypassPermissions), timeout.Token);

        Assert.False(refusal.Accepted);
        Assert.Equal(ErrorCodes.InvalidRequest, refusal.Code);
    }

    [Fact]
    public async Task A_follow_up_with_another_mode_and_model_reaches_the_running_process()
    {
        await using var host = await BridgeTestHost.StartAsync();

        var first = await host.StartRunAsync("hello");
        var firstCompletion = await host.WaitForCompletionAsync(first);
        var processes = CliProcesses.WithConfigDir(host.ConfigDir);
        var second = await host.StartRunAsync(host.NewRun("hello again", mode: PermissionMode.AcceptEdits, model: "claude-haiku-4-5"));
        var secondCompletion = await host.WaitForCompletionAsync(second);
        var third = await host.StartRunAsync(host.NewRun("and once more"));
        await host.WaitForCompletionAsync(third);

        var firstInit = Assert.Single(host.Recorder.Run(first).LinesOf("system", "init"));
        var secondInit = Assert.Single(host.Recorder.Run(second).LinesOf("system", "init"));
        var thirdInit = Assert.Single(host.Recorder.Run(third).LinesOf("system", "init"));
        Assert.Equal("default", RunLog.Text(firstInit, "permissionMode"));
        Assert.Equal("acceptEdits", RunLog.Text(secondInit, "permissionMode"));
        Assert.Equal("claude-haiku-4-5", RunLog.Text(secondInit, "model"));
        Assert.Equal("default", RunLog.Text(thirdInit, "permissionMode"));
        Assert.Equal(RunLog.Text(firstInit, "model"), RunLog.Text(thirdInit, "model"));
        CliProcesses.AssertNoneStartedSince(processes, host.ConfigDir);
        // Each run reports its own turn's cost, not the process's running total.
        Assert.True(secondCompletion.CostUsd < firstCompletion.CostUsd, $"{secondCompletion.CostUsd} after {firstCompletion.CostUsd}");
    }
}
