using Baton.Api.Data.Entities;
using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Chat;
using Baton.Contracts.Messages;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.BackgroundTasks;

/// <summary>
/// A turn the conversation's CLI starts on its own (to report a background task) reaches the API as <c>claude:cli-turn</c>:
/// stored as a run with no message of the person's, streamed to the conversation's tabs and kept in history like any run,
/// and a message sent meanwhile waits in the queue until it ends.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CliTurnHubTests(ApiFixture app)
{
    private const string Summary = "Background command \"Build\" completed (exit code 0)";

    [Fact]
    public async Task A_turn_the_cli_started_is_stored_and_streamed_as_a_run_and_a_message_sent_meanwhile_waits_for_it()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (first, _) = await chat.StartRunAsync("first");
        await chat.Bridge.CompleteAsync(first.RequestId);
        await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(complete => complete.RequestId == first.RequestId);

        var cliTurn = Guid.CreateVersion7();
        await chat.Bridge.StartCliTurnAsync(cliTurn, chat.ConversationId);
        var streamed = await chat.Bridge.StreamAsync(
            cliTurn,
            CliLines.Line(new { type = "system", subtype = "task_notification", task_id = "b1", tool_use_id = "toolu_1", status = "completed", summary = Summary }),
            CliLines.SystemInit("session-1"),
            CliLines.AssistantText("msg_report", "The build finished."));
        await chat.Bridge.WaitForAckAsync(cliTurn, streamed);
        var meanwhile = await chat.Browser.SendOrQueueAsync(chat.ConversationId, "meanwhile");
        await chat.Bridge.CompleteAsync(cliTurn);
        var next = await chat.Bridge.WaitForExecuteAsync(request => request.Prompt == "meanwhile");

        Assert.Equal("meanwhile", meanwhile.Queued?.Content);
        var notice = await chat.Browser.Events.WaitForAsync<ChatStreamResponse>(response => response.RequestId == cliTurn && response.Event is SystemEvent);
        Assert.Equal(SystemSubtypes.TaskNotification, ((SystemEvent)notice.Event).Subtype);
        var complete = await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(response => response.RequestId == cliTurn);
        var history = await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}");
        var report = history.Messages.Single(message => message.Id == complete.MessageId);
        Assert.Equal(MessageStatus.Completed, report.Status);
        var opening = Assert.IsType<NoticeBlock>(report.Content[0]);
        Assert.Equal((SystemSubtypes.TaskNotification, "completed", Summary), (opening.Subtype, opening.Task?.Status, opening.Task?.Summary));
        Assert.Equal("The build finished.", Assert.IsType<TextBlock>(report.Content[1]).Text);
        // No message of the person's opens it: the answer follows the first run's answer.
        var order = history.Messages.Select(message => message.Id).ToList();
        Assert.Equal(order.IndexOf(first.AssistantMessageId) + 1, order.IndexOf(report.Id));
        Assert.NotEqual(cliTurn, next.RequestId);
    }

    [Fact]
    public async Task A_turn_reported_for_a_conversation_of_another_bridge_is_not_stored()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await using var other = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api");

        var cliTurn = Guid.CreateVersion7();
        await other.Bridge.StartCliTurnAsync(cliTurn, chat.ConversationId);
        // The other bridge's calls are handled in order: once its own run's line is stored, its claude:cli-turn was handled.
        var (own, _) = await other.StartRunAsync("own");
        await other.Bridge.WaitForAckAsync(own.RequestId, await other.Bridge.StreamAsync(own.RequestId, CliLines.SystemInit("session-2")));

        var history = await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}");
        Assert.Empty(history.Messages);
    }
}
