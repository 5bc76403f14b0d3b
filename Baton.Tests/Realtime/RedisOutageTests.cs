using Aspire.Hosting.ApplicationModel;
using Baton.Contracts.Chat;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Baton.Tests.Realtime;

/// <summary>
/// Redis carries only the fast path; the stored state is the truth. The test stops Redis and starts it
/// again, and waits for both instances to be healthy before it ends, so later tests find them as before.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RedisOutageTests(ApiFixture app)
{
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_permission_answered_while_redis_restarts_reaches_the_bridge_on_the_other_instance()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        var promptId = await chat.ShowPromptAsync(sent.RequestId, "Bash", new { command = "make" });

        try
        {
            await app.ExecuteResourceCommandAsync("redis", KnownResourceCommands.StopCommand);
            await chat.Browser.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(promptId, PermissionDecision.Allow, null, null, null, null));
            await app.ExecuteResourceCommandAsync("redis", KnownResourceCommands.StartCommand);
            var delivered = await chat.Bridge.Events.WaitForAsync<CliPermissionResponse>(r => r.PromptId == promptId, RecoveryTimeout);
            Assert.Equal(PermissionBehavior.Allow, delivered.Behavior);
        }
        finally
        {
            await EnsureRedisRunsAsync();
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

        try
        {
            await app.ExecuteResourceCommandAsync("redis", KnownResourceCommands.StopCommand);
            await chat.Bridge.CompleteAsync(sent.RequestId);
            // Live, not from a catch-up after Redis is back: Redis stays stopped until the tab has it.
            await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);
        }
        finally
        {
            await EnsureRedisRunsAsync();
        }
    }

    private async Task EnsureRedisRunsAsync()
    {
        if (app.App.ResourceNotifications.TryGetCurrentState("redis", out var redis) && redis.Snapshot.State?.Text != KnownResourceStates.Running)
        {
            await app.ExecuteResourceCommandAsync("redis", KnownResourceCommands.StartCommand);
        }

        await Task.WhenAll(
            app.WaitForHealthStatusAsync("redis", HealthStatus.Healthy, RecoveryTimeout),
            app.WaitForHealthStatusAsync("api", HealthStatus.Healthy, RecoveryTimeout),
            app.WaitForHealthStatusAsync("api2", HealthStatus.Healthy, RecoveryTimeout));
    }
}
