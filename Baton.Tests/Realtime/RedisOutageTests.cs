using Aspire.Hosting.ApplicationModel;
using Baton.Api.Conversations;
using Baton.Contracts.Chat;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Baton.Tests.Realtime;

/// <summary>
/// Redis carries only the fast path; the stored state is the truth. The test stops Redis and starts it
/// again, and waits for both instances to be healthy and back on Redis before it ends, so later tests find them as before.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RedisOutageTests(ApiFixture app)
{
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(60);

    private static readonly string[] Instances = ["api", "api2"];

    [Fact]
    public async Task A_permission_answered_while_redis_restarts_reaches_the_bridge_on_the_other_instance()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        var promptId = await chat.ShowPromptAsync(sent.RequestId, "Bash", new { command = "make" });

        var instancesBack = Task.CompletedTask;
        try
        {
            instancesBack = await StopRedisAsync();
            await chat.Browser.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(promptId, PermissionDecision.Allow, null, null, null, null));
            await app.ExecuteResourceCommandAsync("redis", KnownResourceCommands.StartCommand);
            var delivered = await chat.Bridge.Events.WaitForAsync<CliPermissionResponse>(r => r.PromptId == promptId, RecoveryTimeout);
            Assert.Equal(PermissionBehavior.Allow, delivered.Behavior);
        }
        finally
        {
            await EnsureRedisRunsAsync(instancesBack);
        }

        // The backplane heals too: what the bridge sends on api2 reaches the tab on api again.
        await chat.Bridge.CompleteAsync(sent.RequestId);
        await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId, RecoveryTimeout);
    }

    [Fact]
    public async Task A_tab_on_the_instance_that_stores_the_run_sees_it_end_while_redis_is_down()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();

        var instancesBack = Task.CompletedTask;
        try
        {
            instancesBack = await StopRedisAsync();
            await chat.Bridge.CompleteAsync(sent.RequestId);
            // Live, not from a catch-up after Redis is back: Redis stays stopped until the tab has it.
            await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);
        }
        finally
        {
            await EnsureRedisRunsAsync(instancesBack);
        }
    }

    /// <summary>Stops Redis; the task returned ends once every instance is back on it.</summary>
    private async Task<Task> StopRedisAsync()
    {
        // Watched before the stop, so an instance that is back early is not missed.
        var instancesBack = Task.WhenAll(Instances.Select(instance =>
            app.Logs.WatchForLineAsync(instance, line => line.Contains(BackplaneCatchUp.OwnConnectionBack, StringComparison.Ordinal))));
        await app.ExecuteResourceCommandAsync("redis", KnownResourceCommands.StopCommand);
        return instancesBack;
    }

    /// <summary>
    /// Health alone is not enough: the orchestrator's last probe may predate the outage, and each instance's client
    /// reconnects on its own backoff, up to a second or more after Redis is up. Once back, an instance closes its tabs
    /// (and asks the other instance to close its own) so they catch up; that must not fall on a later test's tab.
    /// </summary>
    private async Task EnsureRedisRunsAsync(Task instancesBack)
    {
        if (app.App.ResourceNotifications.TryGetCurrentState("redis", out var redis) && redis.Snapshot.State?.Text != KnownResourceStates.Running)
        {
            await app.ExecuteResourceCommandAsync("redis", KnownResourceCommands.StartCommand);
        }

        await Task.WhenAll([
            app.WaitForHealthStatusAsync("redis", HealthStatus.Healthy, RecoveryTimeout),
            .. Instances.Select(instance => app.WaitForHealthStatusAsync(instance, HealthStatus.Healthy, RecoveryTimeout)),
            instancesBack.WaitAsync(RecoveryTimeout)]);
    }
}
