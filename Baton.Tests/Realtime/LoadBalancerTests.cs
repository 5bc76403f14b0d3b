using System.Globalization;
using System.Net.Http.Json;
using System.Net.WebSockets;
using Baton.Api.Bridges;
using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Bridges;
using Baton.Contracts.Chat;
using Baton.Contracts.Hubs;
using Baton.Contracts.Messages;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using MessageStatus = Baton.Api.Data.Entities.MessageStatus;

namespace Baton.Tests.Realtime;

/// <summary>Baton behind a round-robin load balancer without affinity, as a deployment with several API replicas runs.</summary>
[Collection(LoadBalancedCollection.Name)]
public sealed class LoadBalancerTests(LoadBalancedFixture app)
{
    private const string LoadBalancer = "loadbalancer";
    private const int ConnectAttempts = 3;
    private static readonly string[] Instances = ["api", "api2"];
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ProcessExitTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_chat_streams_through_a_round_robin_load_balancer_to_two_tabs_and_is_stored()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: LoadBalancer, bridgeOn: LoadBalancer);
        // Round-robin puts the tabs and the bridge on either instance, in an order the test does not choose:
        // the answer must reach every tab wherever it landed.
        var secondTab = await chat.OpenTabAsync(LoadBalancer);
        await chat.Browser.JoinAsync(chat.ConversationId);
        await secondTab.JoinAsync(chat.ConversationId);

        var (sent, execute) = await chat.StartRunAsync("Say hello");
        await chat.Bridge.StreamAsync(
            sent.RequestId,
            CliLines.SystemInit("session-1"),
            CliLines.MessageStart("msg_1"),
            CliLines.TextBlockStart(0),
            CliLines.TextDelta(0, "Hello "),
            CliLines.TextDelta(0, "there"),
            CliLines.BlockStop(0),
            CliLines.AssistantText("msg_1", "Hello there"));
        await chat.Bridge.CompleteAsync(sent.RequestId, "session-1");
        var completes = await Task.WhenAll(
            chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId),
            secondTab.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId));

        Assert.Equal("Say hello", execute.Prompt);
        Assert.All(completes, complete => Assert.Equal(sent.AssistantMessageId, complete.MessageId));
        foreach (var tab in new[] { chat.Browser, secondTab })
        {
            Assert.Equal(["Hello ", "there"], DeltasOf(tab, sent.RequestId));
        }

        var answer = await StoredAnswerAsync(chat, sent.AssistantMessageId);
        Assert.Equal("Hello there", TextOf(answer));
    }

    [Fact]
    public async Task A_permission_prompt_answered_and_an_abort_cross_the_load_balancer_between_tab_and_bridge()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: LoadBalancer, bridgeOn: LoadBalancer);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync("Check the repository");

        var promptId = await chat.ShowPromptAsync(sent.RequestId, "Bash", new { command = "git status" });
        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(promptId, PermissionDecision.Allow, null, null, null, null));
        var permission = await chat.Bridge.Events.WaitForAsync<CliPermissionResponse>(r => r.PromptId == promptId);
        var resolved = await chat.Browser.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == promptId);
        var streamed = await chat.Bridge.StreamAsync(sent.RequestId, CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0), CliLines.TextDelta(0, "Working "));
        await chat.Bridge.WaitForAckAsync(sent.RequestId, streamed);
        await chat.Browser.InvokeAsync(WireEvents.ClaudeAbort, new AbortRunRequest(sent.RequestId));
        await chat.Bridge.Events.WaitForAsync<AbortRunRequest>(abort => abort.RequestId == sent.RequestId);
        await chat.Bridge.AbortedAsync(sent.RequestId);
        await chat.Browser.Events.WaitForAsync<ChatAborted>(abort => abort.RequestId == sent.RequestId);

        Assert.Equal(PermissionBehavior.Allow, permission.Behavior);
        Assert.Equal((PermissionDecision.Allow, ResolvedBy.User), (resolved.Decision, resolved.By));
        Assert.Equal(["Working "], DeltasOf(chat.Browser, sent.RequestId));
        var answer = await StoredAnswerAsync(chat, sent.AssistantMessageId);
        Assert.Equal(MessageStatus.Aborted, answer.Status);
        Assert.Equal("Working ", TextOf(answer));
    }

    [Fact]
    public async Task Killing_the_instance_holding_the_bridge_mid_run_loses_nothing_once_the_clients_reconnect_through_the_load_balancer()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: LoadBalancer, bridgeOn: LoadBalancer);
        TestBrowser[] tabs = [chat.Browser, await chat.OpenTabAsync(LoadBalancer)];
        foreach (var tab in tabs)
        {
            await tab.JoinAsync(chat.ConversationId);
        }

        var words = Enumerable.Range(1, 20).Select(i => $"word{i} ").ToList();
        var (sent, _) = await chat.StartRunAsync("Tell a long story");
        var beforeKill = await chat.Bridge.StreamAsync(
            sent.RequestId,
            [CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0), .. words[..10].Select(word => CliLines.TextDelta(0, word))]);
        await chat.Bridge.WaitForAckAsync(sent.RequestId, beforeKill);
        var dying = await InstanceHoldingAsync(chat.Bridge.BridgeId);
        var bridgeDropped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        chat.Bridge.Connection.Closed += _ =>
        {
            bridgeDropped.TrySetResult();
            return Task.CompletedTask;
        };

        ChatMessageComplete[] completes;
        await ServiceProcesses.KillAsync(app, dying, ProcessExitTimeout);
        try
        {
            await bridgeDropped.Task.WaitAsync(RecoveryTimeout);
            // As the real bridge does: dial the same address again and say which run it still has, then carry on.
            var bridge = await ReconnectBridgeAsync(chat, new ActiveRun(sent.RequestId, beforeKill));
            bridge.ContinueRun(sent.RequestId, beforeKill);
            await bridge.StreamAsync(
                sent.RequestId,
                [.. words[10..].Select(word => CliLines.TextDelta(0, word)), CliLines.BlockStop(0), CliLines.AssistantText("msg_1", string.Concat(words))]);
            await bridge.CompleteAsync(sent.RequestId);
            completes = await Task.WhenAll(tabs.Select(tab =>
                tab.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId, RecoveryTimeout)));
        }
        finally
        {
            await app.StartAgainAsync(dying, RecoveryTimeout);
        }

        var lastSeq = Assert.Single(completes.Select(complete => complete.Seq).Distinct());
        foreach (var tab in tabs)
        {
            var seqs = tab.SeqsOf(chat.ConversationId);
            Assert.Equal(Enumerable.Range(1, (int)lastSeq).Select(seq => (long)seq), seqs.Order());
            Assert.Equal(words, DeltasOf(tab, sent.RequestId));
        }

        var answer = await StoredAnswerAsync(chat, sent.AssistantMessageId);
        Assert.Equal(MessageStatus.Completed, answer.Status);
        Assert.Equal(string.Concat(words), TextOf(answer));
    }

    private static List<string> DeltasOf(TestBrowser tab, Guid requestId) =>
        [.. tab.Events.OfType<ChatStreamResponse>().Where(m => m.RequestId == requestId).Select(m => m.Event).OfType<TextDeltaEvent>().Select(delta => delta.Text)];

    private static string TextOf(MessageResponse answer) =>
        string.Concat(answer.Content.OfType<TextBlock>().Select(block => block.Text));

    private static async Task<MessageResponse> StoredAnswerAsync(ChatScenario chat, Guid assistantMessageId)
    {
        using var client = chat.User.ClientOf(LoadBalancer);
        var history = await client.GetFromJsonAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}", ApiJson.Options);
        return history!.Messages.Single(m => m.Id == assistantMessageId);
    }

    /// <summary>The instance the bridge's connection landed on, read from its presence record (an instance names itself machine:pid:start).</summary>
    private async Task<string> InstanceHoldingAsync(Guid bridgeId)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync((await app.GetConnectionStringAsync("redis"))!);
        var presence = new RedisBridgePresence(redis, Options.Create(new BridgeOptions()), TimeProvider.System);
        var location = await presence.LocateAsync(bridgeId, CancellationToken.None);
        Assert.NotNull(location);
        var pid = int.Parse(location.InstanceId.Split(':')[1], CultureInfo.InvariantCulture);
        return Instances.Single(instance => ServiceProcesses.Runs(app, instance, pid));
    }

    /// <summary>Dials the load balancer again, as the real bridge does after its connection dropped.</summary>
    private static async Task<TestBridge> ReconnectBridgeAsync(ChatScenario chat, ActiveRun run)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await chat.ConnectBridgeAsync(LoadBalancer, [run]);
            }
            catch (Exception refused) when (attempt < ConnectAttempts && refused is HttpRequestException or WebSocketException or TimeoutException)
            {
                // Sent to the dead instance before the load balancer's probe took it out; the next try goes to the live one.
            }
        }
    }
}
