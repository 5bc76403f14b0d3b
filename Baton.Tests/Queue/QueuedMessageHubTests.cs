using System.Text.Json;
using Baton.Contracts;
using Baton.Contracts.Chat;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Queue;
using Baton.Contracts.Runs;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.Queue;

/// <summary>
/// Messages sent while a run is busy, over the hub: queued, seen by a tab on the other instance,
/// edited and removed until they start, and started one at a time, in order, as runs end.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class QueuedMessageHubTests(ApiFixture app)
{
    [Fact]
    public async Task Queued_messages_start_one_at_a_time_in_order_as_runs_end_and_every_tab_sees_the_queue()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        var otherTab = await chat.OpenTabAsync("api2");
        await otherTab.JoinAsync(chat.ConversationId);
        var (first, _) = await chat.StartRunAsync("first");

        var second = await chat.Browser.SendOrQueueAsync(chat.ConversationId, "second");
        var third = await chat.Browser.SendOrQueueAsync(chat.ConversationId, "third");

        Assert.Equal("second", second.Queued?.Content);
        Assert.Null(third.RequestId);
        var seen = await otherTab.Events.WaitForAsync<QueueChanged>(q => q.Messages.Count == 2);
        Assert.Equal(["second", "third"], seen.Messages.Select(m => m.Content));
        Assert.Equal(["second", "third"], (await otherTab.JoinAsync(chat.ConversationId)).Queue.Messages.Select(m => m.Content));

        await chat.Bridge.CompleteAsync(first.RequestId);
        var secondRun = await chat.Bridge.WaitForExecuteAsync(request => request.Prompt == "second");
        var left = await otherTab.Events.WaitForAsync<QueueChanged>(q => q.Revision > seen.Revision && q.Messages.Count == 1);
        Assert.Equal("third", Assert.Single(left.Messages).Content);
        Assert.DoesNotContain(chat.Bridge.Events.OfType<ExecuteRunRequest>(), request => request.Prompt == "third");

        await chat.Bridge.CompleteAsync(secondRun.RequestId);
        await chat.Bridge.WaitForExecuteAsync(request => request.Prompt == "third");
        await otherTab.Events.WaitForAsync<QueueChanged>(q => q.Revision > left.Revision && q.Messages.Count == 0);
        Assert.Equal(3, chat.Bridge.Events.OfType<ExecuteRunRequest>().Count);
    }

    [Fact]
    public async Task A_queued_message_is_edited_and_removed_until_it_starts_and_bad_requests_get_coded_errors()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        var (first, _) = await chat.StartRunAsync("first");
        var queued = (await chat.Browser.SendOrQueueAsync(chat.ConversationId, "draft")).Queued!;
        var doomed = (await chat.Browser.SendOrQueueAsync(chat.ConversationId, "doomed")).Queued!;

        var edited = await chat.Browser.InvokeAsync<QueuedMessage>(WireEvents.QueueEdit, new EditQueuedMessageRequest(queued.Id, "final words"));
        await chat.Browser.InvokeAsync(WireEvents.QueueRemove, new RemoveQueuedMessageRequest(doomed.Id));

        Assert.Equal("final words", edited.Content);
        var joined = await chat.Browser.JoinAsync(chat.ConversationId);
        Assert.Equal("final words", Assert.Single(joined.Queue.Messages).Content);
        Assert.Equal(ErrorCodes.InvalidRequest, await CodeOf(chat.Browser.InvokeAsync<QueuedMessage>(WireEvents.QueueEdit, new EditQueuedMessageRequest(queued.Id, "  "))));
        Assert.Equal(ErrorCodes.InvalidRequest, await CodeOf(chat.Browser.InvokeAsync<QueuedMessage>(WireEvents.QueueEdit,
            new EditQueuedMessageRequest(queued.Id, new string('x', BatonDefaults.MaxMessageContentBytes + 1)))));
        Assert.Equal(ErrorCodes.QueuedMessageNotFound, await CodeOf(chat.Browser.InvokeAsync<QueuedMessage>(WireEvents.QueueEdit, new EditQueuedMessageRequest(doomed.Id, "back"))));
        Assert.Equal(ErrorCodes.QueuedMessageNotFound, await CodeOf(chat.Browser.InvokeAsync(WireEvents.QueueRemove, new RemoveQueuedMessageRequest(Guid.NewGuid()))));

        await chat.Bridge.CompleteAsync(first.RequestId);
        await chat.Bridge.WaitForExecuteAsync(request => request.Prompt == "final words");
        Assert.Equal(ErrorCodes.QueuedMessageStarted, await CodeOf(chat.Browser.InvokeAsync<QueuedMessage>(WireEvents.QueueEdit, new EditQueuedMessageRequest(queued.Id, "too late"))));
        Assert.Equal(ErrorCodes.QueuedMessageStarted, await CodeOf(chat.Browser.InvokeAsync(WireEvents.QueueRemove, new RemoveQueuedMessageRequest(queued.Id))));
    }

    [Fact]
    public async Task A_message_sent_now_reaches_the_running_run_on_the_bridge_and_joins_its_answer_where_the_cli_took_it()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (first, _) = await chat.StartRunAsync("first");
        var steered = (await chat.Browser.SendOrQueueAsync(chat.ConversationId, "steer me")).Queued!;
        var after = (await chat.Browser.SendOrQueueAsync(chat.ConversationId, "after")).Queued!;

        await chat.Browser.InvokeAsync(WireEvents.QueueSteer, new SteerQueuedMessageRequest(steered.Id));

        Assert.Equal(new SteerRunRequest(first.RequestId, "steer me"), await chat.Bridge.Events.WaitForAsync<SteerRunRequest>());
        Assert.Equal([after.Id], (await chat.Browser.JoinAsync(chat.ConversationId)).Queue.Messages.Select(m => m.Id));
        Assert.Equal(ErrorCodes.QueuedMessageStarted, await CodeOf(chat.Browser.InvokeAsync(WireEvents.QueueSteer, new SteerQueuedMessageRequest(steered.Id))));
        var echo = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["type"] = "user",
            ["message"] = new { role = "user", content = "steer me" },
            ["isReplay"] = true,
            [SteeredLine.Marker] = true,
        });
        await chat.Bridge.StreamAsync(first.RequestId, echo);
        await chat.Browser.Events.WaitForAsync<ChatStreamResponse>(m => m.RequestId == first.RequestId && m.Event is SteeredMessageEvent { Content: "steer me" });

        await chat.Bridge.CompleteAsync(first.RequestId);
        await chat.Bridge.WaitForExecuteAsync(request => request.Prompt == "after");
        Assert.Equal(["first", "after"], chat.Bridge.Events.OfType<ExecuteRunRequest>().Select(request => request.Prompt));
    }

    [Fact]
    public async Task Another_users_queued_message_is_not_found()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await using var stranger = await ChatScenario.StartAsync(app);
        await chat.StartRunAsync("first");
        var queued = (await chat.Browser.SendOrQueueAsync(chat.ConversationId, "mine")).Queued!;

        var code = await CodeOf(stranger.Browser.InvokeAsync<QueuedMessage>(WireEvents.QueueEdit, new EditQueuedMessageRequest(queued.Id, "theirs")));

        Assert.Equal(ErrorCodes.QueuedMessageNotFound, code);
    }

    private static async Task<string?> CodeOf(Task call) =>
        HubErrors.ExtractCode(await Assert.ThrowsAsync<HubException>(() => call));
}
