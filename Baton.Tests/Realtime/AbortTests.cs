using Baton.Api.Data.Entities;
using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Chat;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Messages;
using Baton.Contracts.Runs;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.Realtime;

/// <summary>Stopping a run from the browser, across instances.</summary>
[Collection(ApiCollection.Name)]
public sealed class AbortTests(ApiFixture app)
{
    [Fact]
    public async Task An_abort_from_a_browser_on_one_instance_reaches_the_bridge_on_the_other_and_ends_the_run()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync("Write a long story");
        var streamed = await chat.Bridge.StreamAsync(sent.RequestId, CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0), CliLines.TextDelta(0, "Once "));
        await chat.Bridge.WaitForAckAsync(sent.RequestId, streamed);

        await chat.Browser.InvokeAsync(WireEvents.ClaudeAbort, new AbortRunRequest(sent.RequestId));
        await chat.Bridge.Events.WaitForAsync<AbortRunRequest>(abort => abort.RequestId == sent.RequestId);
        await chat.Bridge.AbortedAsync(sent.RequestId);
        var aborted = await chat.Browser.Events.WaitForAsync<ChatAborted>(abort => abort.RequestId == sent.RequestId);

        Assert.Equal(chat.ConversationId, aborted.ConversationId);
        var history = await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}");
        var answer = history.Messages.Single(m => m.Id == sent.AssistantMessageId);
        Assert.Equal(MessageStatus.Aborted, answer.Status);
        Assert.Equal("Once ", ((TextBlock)answer.Content[0]).Text);
        var rejoined = await chat.Browser.JoinAsync(chat.ConversationId, aborted.Seq);
        Assert.Null(rejoined.ActiveRequestId);
        await chat.Browser.SendAsync(chat.ConversationId, "Something shorter");
    }

    [Fact]
    public async Task Aborting_another_users_run_is_not_found()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        var (sent, _) = await chat.StartRunAsync();
        using var stranger = await ApiUser.SignUpAsync(app);
        await using var strangerTab = await TestBrowser.ConnectAsync(app, "api2", stranger.Tokens.AccessToken);

        var failure = await Assert.ThrowsAsync<HubException>(() =>
            strangerTab.InvokeAsync(WireEvents.ClaudeAbort, new AbortRunRequest(sent.RequestId)));

        Assert.Equal(ErrorCodes.NotFound, HubErrors.ExtractCode(failure));
        Assert.Empty(chat.Bridge.Events.OfType<AbortRunRequest>());
    }
}
