using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Bridges;
using Baton.Contracts.Chat;
using Baton.Contracts.Errors;
using Baton.Contracts.Files;
using Baton.Contracts.Hubs;
using Baton.Contracts.Messages;
using Baton.Contracts.Runs;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.Realtime;

/// <summary>Bridges coming and going, and the questions browsers ask them.</summary>
[Collection(ApiCollection.Name)]
public sealed class BridgeLifecycleTests(ApiFixture app)
{
    [Fact]
    public async Task The_owners_tabs_hear_their_bridge_connect_and_disconnect_and_nobody_else_does()
    {
        await using var chat = await ChatScenario.StartAsync(app, connectBridge: false);
        using var stranger = await ApiUser.SignUpAsync(app);
        await using var strangerTab = await TestBrowser.ConnectAsync(app, "api", stranger.Tokens.AccessToken);

        var bridge = await chat.ConnectBridgeAsync("api2");
        var connected = await chat.Browser.Events.WaitForAsync<BridgePresence>(WireEvents.BridgeConnect);
        await bridge.Connection.StopAsync();
        var disconnected = await chat.Browser.Events.WaitForAsync<BridgePresence>(WireEvents.BridgeDisconnect);

        Assert.Equal(new BridgePresence(chat.BridgeToken.Id, chat.BridgeToken.Name), connected);
        Assert.Equal(connected, disconnected);
        Assert.Equal(chat.BridgeToken.Id, bridge.BridgeId);
        Assert.Empty(strangerTab.Events.All);
    }

    [Fact]
    public async Task A_bridge_that_reconnects_without_its_run_fails_that_run_at_once()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();

        await chat.Bridge.Connection.StopAsync();
        await chat.ConnectBridgeAsync("api", activeRuns: []);
        var error = await chat.Browser.Events.WaitForAsync<ChatError>(e => e.RequestId == sent.RequestId, TimeSpan.FromSeconds(2));

        Assert.Equal(ErrorCodes.BridgeDisconnected, error.Code);
        await chat.StartRunAsync("Again");
    }

    [Fact]
    public async Task A_bridge_that_reconnects_to_the_other_instance_with_its_run_carries_on_where_it_left_off()
    {
        await using var chat = await ChatScenario.StartAsync(app, bridgeOn: "api2");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        var stored = await chat.Bridge.StreamAsync(sent.RequestId, CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0), CliLines.TextDelta(0, "one "));
        await chat.Bridge.WaitForAckAsync(sent.RequestId, stored);

        var texts = await FinishOnAsync(chat, chat.Bridge, "api", sent.RequestId,
            new RunLine(stored, CliLines.TextDelta(0, "one ")), new RunLine(stored + 1, CliLines.TextDelta(0, "two")));

        Assert.Equal(["one ", "two"], texts);
        Assert.Empty(chat.Browser.Events.OfType<ChatError>());
    }

    [Fact]
    public async Task A_bridge_back_on_the_first_instance_sending_again_what_the_other_stored_meanwhile_gets_each_word_once()
    {
        await using var chat = await ChatScenario.StartAsync(app, bridgeOn: "api2");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0), CliLines.TextDelta(0, "one "));
        var firstStay = await chat.Bridge.StreamAsync(sent.RequestId, CliLines.TextDelta(0, "two "));
        await chat.Bridge.WaitForAckAsync(sent.RequestId, firstStay);

        await chat.Bridge.Connection.StopAsync();
        var elsewhere = await chat.ConnectBridgeAsync("api", activeRuns: [new ActiveRun(sent.RequestId, firstStay)]);
        elsewhere.ContinueRun(sent.RequestId, firstStay);
        var storedElsewhere = await elsewhere.StreamAsync(sent.RequestId, CliLines.TextDelta(0, "three "));
        await elsewhere.WaitForAckAsync(sent.RequestId, storedElsewhere);

        // Back where its answer's fold is still held, the bridge sends again what it has no acknowledgement of.
        var texts = await FinishOnAsync(chat, elsewhere, "api2", sent.RequestId,
            new RunLine(storedElsewhere, CliLines.TextDelta(0, "three ")), new RunLine(storedElsewhere + 1, CliLines.TextDelta(0, "four")));

        Assert.Equal(["one ", "two ", "three ", "four"], texts);
        var history = await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}");
        var answer = history.Messages.Single(m => m.Id == sent.AssistantMessageId);
        Assert.Equal("one two three four", string.Concat(answer.Content.OfType<TextBlock>().Select(block => block.Text)));
    }

    [Fact]
    public async Task The_runs_of_a_bridge_that_stays_away_past_the_grace_period_fail_with_bridge_disconnected()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();

        await chat.Bridge.Connection.StopAsync();
        var error = await chat.Browser.Events.WaitForAsync<ChatError>(e => e.RequestId == sent.RequestId, TimeSpan.FromSeconds(30));

        Assert.Equal(ErrorCodes.BridgeDisconnected, error.Code);
    }

    [Fact]
    public async Task Files_and_health_questions_reach_the_projects_bridge_on_the_other_instance_with_its_root()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        chat.Bridge.ReadFile = request => request.Path == "../etc/passwd"
            ? throw new HubException($"{ErrorCodes.OutsideRoot}: The path is outside the project.")
            : Task.FromResult(new FileContent(request.Path, "hello", 5, DateTimeOffset.UnixEpoch));

        var listing = await chat.Browser.InvokeAsync<FileListing>(WireEvents.FilesList, new ListFilesRequest(chat.Project.Id, "src", null));
        var content = await chat.Browser.InvokeAsync<FileContent>(WireEvents.FilesContent, new ReadFileRequest(chat.Project.Id, "README.md"));
        var outside = await Assert.ThrowsAsync<HubException>(() =>
            chat.Browser.InvokeAsync<FileContent>(WireEvents.FilesContent, new ReadFileRequest(chat.Project.Id, "../etc/passwd")));
        var health = await chat.Browser.InvokeAsync<BridgeHealth>(WireEvents.BridgeHealth, new BridgeHealthRequest(chat.Project.Id));

        Assert.Equal("README.md", Assert.Single(listing.Entries).Path);
        Assert.Equal(new ListRootFilesRequest(chat.Project.RootDirectory, "src", null), chat.Bridge.Events.OfType<ListRootFilesRequest>().Single());
        Assert.Equal("hello", content.Content);
        Assert.Equal(ErrorCodes.OutsideRoot, HubErrors.ExtractCode(outside));
        Assert.Equal(new BridgeHealth(chat.BridgeToken.Id, chat.BridgeToken.Name, true, new BridgeStatus("test-bridge", true, "2.1.328", null, true, false, 0, 42)), health);
        Assert.Equal(chat.Project.RootDirectory, chat.Bridge.Events.OfType<BridgeStatusRequest>().Single().RootDirectory);
    }

    [Fact]
    public async Task An_offline_bridge_has_no_files_and_its_health_says_offline()
    {
        await using var chat = await ChatScenario.StartAsync(app, connectBridge: false);

        var files = await Assert.ThrowsAsync<HubException>(() =>
            chat.Browser.InvokeAsync<FileListing>(WireEvents.FilesList, new ListFilesRequest(chat.Project.Id, null, null)));
        var health = await chat.Browser.InvokeAsync<BridgeHealth>(WireEvents.BridgeHealth, new BridgeHealthRequest(chat.Project.Id));

        Assert.Equal(ErrorCodes.BridgeUnavailable, HubErrors.ExtractCode(files));
        Assert.Equal(new BridgeHealth(chat.BridgeToken.Id, chat.BridgeToken.Name, false, null), health);
    }

    [Fact]
    public async Task A_bridge_that_does_not_answer_in_time_gives_bridge_timeout()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        chat.Bridge.ListFiles = _ => new TaskCompletionSource<FileListing>().Task;

        var failure = await Assert.ThrowsAsync<HubException>(() =>
            chat.Browser.InvokeAsync<FileListing>(WireEvents.FilesList, new ListFilesRequest(chat.Project.Id, null, null)));

        Assert.Equal(ErrorCodes.BridgeTimeout, HubErrors.ExtractCode(failure));
    }

    /// <summary>
    /// Moves the bridge to <paramref name="resource"/>, where it sends again what it has no acknowledgement of
    /// and completes the run; returns the text of every delta the tab was shown.
    /// </summary>
    private static async Task<IEnumerable<string>> FinishOnAsync(ChatScenario chat, TestBridge from, string resource, Guid requestId, params RunLine[] resent)
    {
        await from.Connection.StopAsync();
        var last = resent[^1].BridgeSeq;
        var bridge = await chat.ConnectBridgeAsync(resource, activeRuns: [new ActiveRun(requestId, last)]);
        await bridge.ResendAsync(requestId, resent);
        bridge.ContinueRun(requestId, last);
        await bridge.CompleteAsync(requestId);
        await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == requestId);
        return chat.Browser.Events.OfType<ChatStreamResponse>().Select(m => m.Event).OfType<TextDeltaEvent>().Select(d => d.Text);
    }
}
