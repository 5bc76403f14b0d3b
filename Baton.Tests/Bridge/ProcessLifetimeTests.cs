using Baton.Contracts.Errors;
using Baton.Contracts.Runs;
using Baton.Tests.Bridge.Support;

namespace Baton.Tests.Bridge;

/// <summary>No CLI process outlives the bridge that started it, however the bridge ends.</summary>
public sealed class ProcessLifetimeTests
{
    private static readonly TimeSpan ProcessExitTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Killing_the_bridge_leaves_no_cli_process_of_it_running()
    {
        await using var host = await BridgeTestHost.StartAsync(bridgeAsProcess: true);

        var requestId = await host.StartRunAsync("long");
        await host.Recorder.WaitForAsync(() => host.Recorder.Run(requestId).Events.Count >= 10 ? "streaming" : null, BridgeTestHost.RunTimeout, () => host.Recorder.Run(requestId).Describe());
        var running = CliProcesses.WithConfigDir(host.ConfigDir);
        host.BridgeProcess!.Kill();

        Assert.NotEmpty(running);
        await CliProcesses.WaitUntilNoneAsync(host.ConfigDir, ProcessExitTimeout);
    }

    [Fact]
    public async Task Stopping_the_bridge_ends_its_cli_processes_and_fails_the_runs_still_going()
    {
        var host = await BridgeTestHost.StartAsync();
        var configDir = host.ConfigDir;
        var idleConversation = await host.StartRunAsync(host.NewRun("hello", conversationId: Guid.NewGuid()));
        await host.WaitForCompletionAsync(idleConversation);
        var busy = await host.StartRunAsync("long");
        await host.Recorder.WaitForAsync(() => host.Recorder.Run(busy).Events.Count >= 10 ? "streaming" : null, BridgeTestHost.RunTimeout, () => host.Recorder.Run(busy).Describe());

        await host.DisposeAsync();

        await CliProcesses.WaitUntilNoneAsync(configDir, ProcessExitTimeout);
        var failure = Assert.IsType<RunFailed>(host.Recorder.Run(busy).Terminal?.Payload);
        Assert.Equal(ErrorCodes.BridgeDisconnected, failure.Code);
    }
}
