using System.Diagnostics;
using Baton.Contracts.Errors;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Baton.Tests.Bridge.Support;

namespace Baton.Tests.Bridge;

/// <summary>Runs that are stopped or that fail end with the right terminal event, once, and quickly.</summary>
public sealed class AbortAndFailureTests
{
    [Fact]
    public async Task Abort_mid_stream_ends_the_run_as_aborted_and_the_next_message_works_in_the_same_process()
    {
        await using var host = await BridgeTestHost.StartAsync();

        var requestId = await host.StartRunAsync("long");
        await host.Recorder.WaitForAsync(() => host.Recorder.Run(requestId).Events.Count >= 20 ? "streaming" : null, BridgeTestHost.RunTimeout, () => host.Recorder.Run(requestId).Describe());
        var processes = CliProcesses.WithConfigDir(host.ConfigDir);
        var abort = await host.AbortAsync(requestId);
        var repeated = await host.AbortAsync(requestId);
        var aborted = await host.WaitForEndAsync(requestId);

        var next = await host.StartRunAsync("hello again");
        var completion = await host.WaitForCompletionAsync(next);

        Assert.True(abort.Applied);
        Assert.False(repeated.Applied);
        Assert.IsType<RunAborted>(aborted.Terminal!.Payload);
        Assert.Contains("You wrote: \"hello again\"", completion.ResultText);
        CliProcesses.AssertNoneStartedSince(processes, host.ConfigDir);
    }

    [Fact]
    public async Task An_abort_the_cli_does_not_act_on_kills_its_process_and_still_ends_the_run_as_aborted()
    {
        await using var host = await BridgeTestHost.StartAsync(["--Claude:AbortGrace=00:00:01"]);

        var requestId = await host.StartRunAsync("long");
        await host.Recorder.WaitForAsync(() => host.Recorder.Run(requestId).Events.Count >= 10 ? "streaming" : null, BridgeTestHost.RunTimeout, () => host.Recorder.Run(requestId).Describe());
        var frozen = CliProcesses.WithConfigDir(host.ConfigDir);
        foreach (var pid in frozen)
        {
            // A stopped process reads nothing, so the interrupt goes unanswered.
            var stop = await Infrastructure.ProcessRunner.RunAsync("kill", ["-STOP", pid.ToString()], host.WorkspaceRoot, TimeSpan.FromSeconds(10));
            Assert.Equal(0, stop.ExitCode);
        }

        var abort = await host.AbortAsync(requestId);
        var log = await host.WaitForEndAsync(requestId, TimeSpan.FromSeconds(10));
        await CliProcesses.WaitUntilNoneAsync(host.ConfigDir, TimeSpan.FromSeconds(10));

        Assert.True(abort.Applied);
        Assert.IsType<RunAborted>(log.Terminal!.Payload);
        Assert.NotEmpty(frozen);
    }

    [Fact]
    public async Task Abort_while_a_permission_prompt_is_open_withdraws_the_prompt()
    {
        await using var host = await BridgeTestHost.StartAsync();

        var requestId = await host.StartRunAsync("write withdrawn.txt");
        var prompt = await host.WaitForPermissionRequestAsync(requestId);
        await host.AbortAsync(requestId);
        var log = await host.WaitForEndAsync(requestId);
        var lateAnswer = await host.RespondAsync(new(prompt.PromptId, PermissionBehavior.Allow, null, null, null, null));

        var cancelled = Assert.Single(log.Events.Select(item => item.Payload).OfType<PermissionCancelled>());
        Assert.Equal(prompt.PromptId, cancelled.PromptId);
        Assert.IsType<RunAborted>(log.Terminal!.Payload);
        Assert.False(lateAnswer.Applied);
        Assert.False(File.Exists(Path.Combine(host.ProjectRoot, "withdrawn.txt")));
    }

    [Fact]
    public async Task An_abort_for_an_unknown_run_is_acknowledged_but_not_applied()
    {
        await using var host = await BridgeTestHost.StartAsync();

        var answer = await host.AbortAsync(Guid.NewGuid());

        Assert.False(answer.Applied);
    }

    [Fact]
    public async Task An_invalid_api_key_surfaces_as_cli_auth_failed_within_five_seconds()
    {
        await using var host = await BridgeTestHost.StartAsync();

        var clock = Stopwatch.StartNew();
        var requestId = await host.StartRunAsync("auth fail");
        var log = await host.WaitForEndAsync(requestId, TimeSpan.FromSeconds(5));

        var failure = Assert.IsType<RunFailed>(log.Terminal!.Payload);
        Assert.Equal(ErrorCodes.CliAuthFailed, failure.Code);
        Assert.Contains("API key", failure.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_killed_cli_surfaces_as_claude_error()
    {
        await using var host = await BridgeTestHost.StartAsync();

        var requestId = await host.StartRunAsync("long");
        await host.Recorder.WaitForAsync(() => host.Recorder.Run(requestId).Events.Count >= 10 ? "streaming" : null, BridgeTestHost.RunTimeout, () => host.Recorder.Run(requestId).Describe());
        foreach (var pid in CliProcesses.WithConfigDir(host.ConfigDir))
        {
            Process.GetProcessById(pid).Kill();
        }

        var log = await host.WaitForEndAsync(requestId);

        var failure = Assert.IsType<RunFailed>(log.Terminal!.Payload);
        Assert.Equal(ErrorCodes.CliFailed, failure.Code);
        Assert.Contains("exited unexpectedly", failure.Message);
    }

    [Fact]
    public async Task A_project_outside_the_workspace_roots_is_refused()
    {
        await using var host = await BridgeTestHost.StartAsync();
        var outside = host.NewRun("hello") with { RootDirectory = Path.GetTempPath() };
        var escaping = host.NewRun("hello") with { RootDirectory = Path.Combine(host.WorkspaceRoot, "..", "elsewhere") };
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout);

        var refusal = await host.Bridge.Execute(outside, timeout.Token);
        var escapingRefusal = await host.Bridge.Execute(escaping, timeout.Token);

        Assert.Equal(ExecuteResult.Refuse(ErrorCodes.OutsideRoot, refusal.Message!), refusal);
        Assert.Equal(ErrorCodes.OutsideRoot, escapingRefusal.Code);
        Assert.Empty(CliProcesses.WithConfigDir(host.ConfigDir));
    }

    [Fact]
    public async Task A_bridge_at_its_process_limit_refuses_a_new_conversation_while_every_process_is_busy()
    {
        await using var host = await BridgeTestHost.StartAsync(["--Claude:MaxProcesses=1"]);

        var busy = await host.StartRunAsync("long");
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout);
        var refusal = await host.Bridge.Execute(host.NewRun("hello", conversationId: Guid.NewGuid()), timeout.Token);
        await host.AbortAsync(busy);
        await host.WaitForEndAsync(busy);
        var afterwards = await host.StartRunAsync(host.NewRun("hello", conversationId: Guid.NewGuid()));
        await host.WaitForCompletionAsync(afterwards);

        Assert.Equal(ErrorCodes.BridgeBusy, refusal.Code);
    }
}
