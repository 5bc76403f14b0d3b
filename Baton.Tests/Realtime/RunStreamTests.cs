using System.Diagnostics;
using Baton.Api.Data.Entities;
using Baton.Api.Endpoints.Chat;
using Baton.Api.Hubs;
using Baton.Contracts.Bridges;
using Baton.Contracts.Chat;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Messages;
using Baton.Contracts.Runs;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Xunit.Abstractions;
using RunAttachment = Baton.Contracts.Runs.RunAttachment;

namespace Baton.Tests.Realtime;

/// <summary>A run from a browser on one instance to a bridge on the other, and its stream back.</summary>
[Collection(ApiCollection.Name)]
public sealed class RunStreamTests(ApiFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task A_message_sent_on_one_instance_streams_back_in_order_from_a_bridge_on_the_other_and_completes()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await chat.Browser.JoinAsync(chat.ConversationId);

        var (sent, execute) = await chat.StartRunAsync("Say hello");
        var words = Enumerable.Range(0, 40).Select(i => $"w{i} ").ToList();
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.SystemInit("session-1"), CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0));
        foreach (var word in words)
        {
            await chat.Bridge.StreamAsync(sent.RequestId, CliLines.TextDelta(0, word));
        }

        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.BlockStop(0), CliLines.AssistantText("msg_1", string.Concat(words)));
        var lastBridgeSeq = await chat.Bridge.CompleteAsync(sent.RequestId, "session-1");
        var complete = await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);
        await chat.Bridge.WaitForAckAsync(sent.RequestId, lastBridgeSeq);

        Assert.Equal(chat.Project.RootDirectory, execute.RootDirectory);
        Assert.Equal("Say hello", execute.Prompt);
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$", execute.TraceParent);
        var seqs = chat.Browser.SeqsOf(chat.ConversationId);
        Assert.Equal(Enumerable.Range(1, seqs.Count).Select(seq => (long)seq), seqs);
        var streamed = chat.Browser.Events.OfType<ChatStreamResponse>().Select(m => m.Event).ToList();
        Assert.IsType<UserMessageEvent>(streamed[0]);
        Assert.Equal("session-1", Assert.IsType<SystemEvent>(streamed[1]).SessionId);
        Assert.Equal(new BlockStartEvent("msg_1", 0, BlockType.Text, null, null), streamed[2]);
        Assert.Equal(words, streamed.OfType<TextDeltaEvent>().Select(delta => delta.Text));
        var whole = Assert.IsType<BlockCompleteEvent>(streamed[^1]);
        Assert.Equal(("msg_1", 0, string.Concat(words)), (whole.CliMessageId, whole.Index, ((TextBlock)whole.Block).Text));
        Assert.Equal((sent.AssistantMessageId, "session-1", 0.0123), (complete.MessageId, complete.SessionId, complete.CostUsd));
        Assert.Equal(seqs[^1], complete.Seq);

        var history = await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}");
        Assert.Equal(complete.Seq, history.LastSeq);
        var answer = history.Messages.Single(m => m.Id == sent.AssistantMessageId);
        Assert.Equal(MessageStatus.Completed, answer.Status);
        Assert.Equal(string.Concat(words), ((TextBlock)answer.Content[0]).Text);
        var conversation = await chat.User.GetAsync<ConversationResponse>($"/api/chat/conversation/{chat.ConversationId}");
        Assert.Equal("session-1", conversation.ClaudeSessionId);
    }

    [Fact]
    public async Task Deltas_the_bridge_sends_together_reach_a_tab_on_the_other_instance_as_one_frame_in_seq_order()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync("Count to thirty");
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.SystemInit("session-1"), CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0));
        await chat.Browser.Events.WaitForAsync<ChatStreamResponse>(m => m.Event is BlockStartEvent);

        var words = Enumerable.Range(1, 30).Select(i => $"{i} ").ToList();
        await chat.Bridge.StreamAsync(sent.RequestId, [.. words.Select(word => CliLines.TextDelta(0, word))]);
        await chat.Browser.Events.WaitForAsync<ChatStreamResponse>(m => m.Event is TextDeltaEvent { Text: "30 " });

        var batch = Assert.Single(chat.Browser.StreamBatches, frame => frame.Responses.Any(response => response.Event is TextDeltaEvent));
        Assert.Equal(chat.ConversationId, batch.ConversationId);
        Assert.Equal(words, batch.Responses.Select(response => ((TextDeltaEvent)response.Event).Text));
        var first = batch.Responses[0].Seq;
        Assert.Equal(Enumerable.Range(0, words.Count).Select(offset => first + offset), batch.Responses.Select(response => response.Seq));
        var seqs = chat.Browser.SeqsOf(chat.ConversationId);
        Assert.Equal(Enumerable.Range(1, seqs.Count).Select(seq => (long)seq), seqs);
    }

    [Fact]
    public async Task Conversations_streaming_at_once_each_get_their_own_answer_complete_and_in_order()
    {
        const int Conversations = 12;
        const int Words = 30;
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        var runs = new List<(TestBrowser Tab, Guid ConversationId, Guid RequestId, Guid AnswerId)>();
        for (var index = 0; index < Conversations; index++)
        {
            // A tab each, as a person with many conversations open would have (and each tab's calls are rate limited).
            var tab = index == 0 ? chat.Browser : await chat.OpenTabAsync("api");
            var conversation = index == 0 ? chat.Conversation : await chat.User.CreateConversationAsync(chat.Project.Id);
            await tab.JoinAsync(conversation.Id);
            var sent = await tab.SendAsync(conversation.Id, $"Question {index}");
            await chat.Bridge.WaitForExecuteAsync(request => request.RequestId == sent.RequestId);
            runs.Add((tab, conversation.Id, sent.RequestId, sent.AssistantMessageId));
        }

        // Every run streams at the same time, so the API's writer finds many runs in each drain.
        await Task.WhenAll(runs.Select(async run =>
        {
            await chat.Bridge.StreamAsync(run.RequestId, CliLines.MessageStart($"msg_{run.RequestId:N}"), CliLines.TextBlockStart(0));
            for (var word = 0; word < Words; word++)
            {
                await chat.Bridge.StreamAsync(run.RequestId, CliLines.TextDelta(0, $"{run.ConversationId:N}-{word} "));
            }

            await chat.Bridge.CompleteAsync(run.RequestId);
        }));
        await Task.WhenAll(runs.Select(run => run.Tab.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == run.RequestId)));

        foreach (var (tab, conversationId, requestId, answerId) in runs)
        {
            var seqs = tab.SeqsOf(conversationId);
            Assert.Equal(Enumerable.Range(1, seqs.Count).Select(seq => (long)seq), seqs);
            var expected = string.Concat(Enumerable.Range(0, Words).Select(word => $"{conversationId:N}-{word} "));
            var streamed = tab.Events.OfType<ChatStreamResponse>()
                .Where(m => m.ConversationId == conversationId)
                .Select(m => m.Event)
                .OfType<TextDeltaEvent>()
                .Select(delta => delta.Text);
            Assert.Equal(expected, string.Concat(streamed));
            var history = await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{conversationId}");
            Assert.Equal(seqs[^1], history.LastSeq);
            var answer = history.Messages.Single(m => m.Id == answerId);
            Assert.Equal((MessageStatus.Completed, expected), (answer.Status, ((TextBlock)answer.Content[0]).Text));
        }
    }

    [Fact]
    public async Task Relay_latency_from_bridge_send_to_browser_receive_across_instances()
    {
        const int Samples = 300;
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0));

        var latencies = new List<double>(Samples);
        for (var i = 0; i < Samples; i++)
        {
            var text = $"t{i} ";
            var started = Stopwatch.GetTimestamp();
            await chat.Bridge.StreamAsync(sent.RequestId, CliLines.TextDelta(0, text));
            var received = await chat.Browser.Events.WaitForEventAsync<ChatStreamResponse>(m => m.Event is TextDeltaEvent { Text: var t } && t == text);
            latencies.Add(Stopwatch.GetElapsedTime(started, received.Timestamp).TotalMilliseconds);
        }

        latencies.Sort();
        var p50 = latencies[Samples / 2];
        var p99 = latencies[(int)(Samples * 0.99)];
        output.WriteLine($"Relay latency bridge send -> browser receive (bridge on api2, browser on api, {Samples} one-line batches): p50 {p50:F2} ms, p99 {p99:F2} ms, max {latencies[^1]:F2} ms");
        Assert.True(p50 < 250, $"p50 {p50:F2} ms");
    }

    [Fact]
    public async Task A_bridge_that_sends_again_what_was_stored_produces_no_duplicates()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        var first = new List<RunLine>
        {
            new(1, CliLines.MessageStart("msg_1")),
            new(2, CliLines.TextBlockStart(0)),
            new(3, CliLines.TextDelta(0, "one ")),
            new(4, CliLines.TextDelta(0, "two ")),
        };
        await chat.Bridge.ResendAsync(sent.RequestId, first);
        await chat.Bridge.WaitForAckAsync(sent.RequestId, 4);

        await chat.Bridge.ResendAsync(sent.RequestId, [.. first.Skip(2), new RunLine(5, CliLines.TextDelta(0, "three"))]);
        await chat.Bridge.WaitForAckAsync(sent.RequestId, 5);
        await chat.Bridge.ResendAsync(sent.RequestId, first);
        var again = await chat.Bridge.Events.WaitForAsync<RunAck>(ack => ack.RequestId == sent.RequestId && chat.Bridge.Events.OfType<RunAck>().Count(a => a.RequestId == sent.RequestId) >= 3);

        Assert.Equal(5, again.UpToBridgeSeq);
        var page = await chat.User.GetAsync<EventPage>($"/api/chat/events/{chat.ConversationId}?afterSeq=0&limit=100");
        var texts = page.Events
            .Where(e => e.Type == WireEvents.ChatStreamResponse)
            .Select(e => e.Payload.GetProperty("event"))
            .Where(e => e.GetProperty("kind").GetString() == StreamEventKinds.TextDelta)
            .Select(e => e.GetProperty("text").GetString());
        Assert.Equal(["one ", "two ", "three"], texts);
        var seqs = chat.Browser.SeqsOf(chat.ConversationId);
        Assert.Equal(seqs.Distinct(), seqs);
        Assert.Equal(page.LastSeq, seqs.Max());
    }

    [Fact]
    public async Task A_batch_after_a_gap_is_not_stored_and_the_bridge_is_made_to_send_again_from_the_gap()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        await chat.Bridge.ResendAsync(sent.RequestId, [new RunLine(1, CliLines.MessageStart("msg_1")), new RunLine(2, CliLines.TextBlockStart(0))]);
        await chat.Bridge.WaitForAckAsync(sent.RequestId, 2);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        chat.Bridge.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        // bridgeSeq 3 went to a batch the API could not store: 4 must not be stored past it.
        await chat.Bridge.ResendAsync(sent.RequestId, [new RunLine(4, CliLines.TextDelta(0, "two"))]);
        await closed.Task.WaitAsync(ReceivedEvents.DefaultTimeout);
        var bridge = await chat.ConnectBridgeAsync("api2", activeRuns: [new ActiveRun(sent.RequestId, 4)]);
        await bridge.ResendAsync(sent.RequestId, [new RunLine(3, CliLines.TextDelta(0, "one ")), new RunLine(4, CliLines.TextDelta(0, "two"))]);
        bridge.ContinueRun(sent.RequestId, 4);
        await bridge.CompleteAsync(sent.RequestId);
        await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);

        var texts = chat.Browser.Events.OfType<ChatStreamResponse>().Select(m => m.Event).OfType<TextDeltaEvent>().Select(d => d.Text);
        Assert.Equal(["one ", "two"], texts);
    }

    [Fact]
    public async Task A_browser_that_drops_mid_stream_and_rejoins_after_its_last_seq_gets_exactly_the_missed_events()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        var stayer = await chat.OpenTabAsync("api2");
        await stayer.JoinAsync(chat.ConversationId);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0), CliLines.TextDelta(0, "before "));
        var lastSeen = (await chat.Browser.Events.WaitForAsync<ChatStreamResponse>(m => m.Event is TextDeltaEvent)).Seq;
        await chat.Browser.StopAsync();

        for (var i = 0; i < 10; i++)
        {
            await chat.Bridge.StreamAsync(sent.RequestId, CliLines.TextDelta(0, $"after{i} "));
        }

        await chat.Bridge.CompleteAsync(sent.RequestId);
        var completed = await stayer.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);
        await using var rejoined = await TestBrowser.ConnectAsync(app, "api", chat.User.Tokens.AccessToken);
        var joined = await rejoined.JoinAsync(chat.ConversationId, lastSeen);
        // The join's answer can overtake the handling of the last replayed event on the client.
        await rejoined.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);

        Assert.Equal(completed.Seq, joined.LastSeq);
        Assert.Null(joined.ActiveRequestId);
        // The user's room may tell the new tab of the run's end (inbox:changed): that is no part of the conversation's replay.
        var replayed = rejoined.Events.All
            .Where(e => TestBrowser.SeqOf(e.Payload) >= 0)
            .Select(e => (e.Name, Json: ChatJson(e.Payload)))
            .ToList();
        var live = stayer.Events.All
            .Where(e => TestBrowser.SeqOf(e.Payload) > lastSeen)
            .Select(e => (e.Name, Json: ChatJson(e.Payload)))
            .ToList();
        Assert.Equal(live, replayed);
        Assert.Equal(Enumerable.Range((int)lastSeen + 1, (int)(completed.Seq - lastSeen)).Select(seq => (long)seq), rejoined.SeqsOf(chat.ConversationId));
    }

    [Fact]
    public async Task Sending_is_idempotent_on_the_client_message_id_and_a_message_sent_meanwhile_waits_its_turn()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        var clientMessageId = Guid.NewGuid();

        var first = await chat.Browser.SendAsync(chat.ConversationId, "once", clientMessageId);
        var repeat = await chat.Browser.SendAsync(chat.ConversationId, "once", clientMessageId);
        var other = await chat.Browser.SendOrQueueAsync(chat.ConversationId, "another");

        Assert.Equal(first, repeat);
        Assert.Null(other.RequestId);
        Assert.Equal("another", other.Queued?.Content);
        Assert.Single(chat.Bridge.Events.OfType<ExecuteRunRequest>());
        await chat.Bridge.CompleteAsync(first.RequestId);
        var next = await chat.Bridge.WaitForExecuteAsync(request => request.Prompt == "another");
        Assert.NotEqual(first.RequestId, next.RequestId);
    }

    [Fact]
    public async Task Two_tabs_on_different_instances_sending_the_same_message_at_once_get_one_run()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        var otherTab = await chat.OpenTabAsync("api2");
        var clientMessageId = Guid.NewGuid();

        var results = await Task.WhenAll(
            chat.Browser.SendAsync(chat.ConversationId, "once", clientMessageId),
            otherTab.SendAsync(chat.ConversationId, "once", clientMessageId));

        Assert.Equal(results[0], results[1]);
        Assert.Equal(results[0].RequestId, Assert.Single(chat.Bridge.Events.OfType<ExecuteRunRequest>()).RequestId);
    }

    [Fact]
    public async Task A_run_the_bridge_refuses_ends_with_a_stored_chat_error_carrying_its_code()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        chat.Bridge.Execute = _ => Task.FromResult(ExecuteResult.Refuse(ErrorCodes.OutsideRoot, "The folder is outside the bridge's workspace."));
        await chat.Browser.JoinAsync(chat.ConversationId);

        var sent = await chat.Browser.SendAsync(chat.ConversationId, "Hello");
        var error = await chat.Browser.Events.WaitForAsync<ChatError>(e => e.RequestId == sent.RequestId);

        Assert.Equal(ErrorCodes.OutsideRoot, error.Code);
        var history = await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}");
        Assert.Equal(MessageStatus.Failed, history.Messages.Single(m => m.Id == sent.AssistantMessageId).Status);
        await chat.Browser.SendAsync(chat.ConversationId, "Again");
    }

    [Theory]
    [InlineData(ErrorCodes.CliNotFound, ErrorCodes.CliNotFound)]
    [InlineData("a_code_baton_does_not_know", ErrorCodes.CliFailed)]
    public async Task A_run_the_cli_cannot_carry_out_ends_with_one_chat_error_and_nothing_after_it(string reported, string shown)
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();

        await chat.Bridge.FailAsync(sent.RequestId, reported, "The CLI is not installed.");
        var error = await chat.Browser.Events.WaitForAsync<ChatError>(e => e.RequestId == sent.RequestId);
        var late = await chat.Bridge.CompleteAsync(sent.RequestId);
        await chat.Bridge.WaitForAckAsync(sent.RequestId, late);

        Assert.Equal((shown, "The CLI is not installed."), (error.Code, error.Message));
        var page = await chat.User.GetAsync<EventPage>($"/api/chat/events/{chat.ConversationId}?afterSeq=0&limit=100");
        Assert.Equal([WireEvents.ChatStreamResponse, WireEvents.ChatError], page.Events.Select(e => e.Type));
        var history = await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}");
        var answer = history.Messages.Single(m => m.Id == sent.AssistantMessageId);
        Assert.Equal(MessageStatus.Failed, answer.Status);
        Assert.Equal(shown, ((ErrorBlock)answer.Content[^1]).Code);
    }

    [Fact]
    public async Task Attachments_of_the_user_travel_with_the_run_and_only_its_bridge_may_download_them()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        var notes = await chat.User.UploadAsync("notes"u8.ToArray(), "notes.txt", "text/plain");
        var diagram = await chat.User.UploadAsync([0x89, 0x50, 0x4E, 0x47], "diagram.png", "image/png");
        using var stranger = await ApiUser.SignUpAsync(app);
        var theirs = await stranger.UploadAsync("secret"u8.ToArray());
        await chat.Browser.JoinAsync(chat.ConversationId);

        var refused = await Assert.ThrowsAsync<HubException>(() => chat.Browser.InvokeAsync<SendMessageResult>(WireEvents.ChatSendMessage,
            new SendMessageRequest(chat.ConversationId, Guid.NewGuid(), "Look", [notes.Id, theirs.Id], null, null)));
        var sent = StartedRun.From(await chat.Browser.InvokeAsync<SendMessageResult>(WireEvents.ChatSendMessage,
            new SendMessageRequest(chat.ConversationId, Guid.NewGuid(), "Look", [diagram.Id, notes.Id], null, null)));
        var execute = await chat.Bridge.WaitForExecuteAsync(request => request.RequestId == sent.RequestId);
        var shown = await chat.Browser.Events.WaitForAsync<ChatStreamResponse>(m => m.Event is UserMessageEvent);
        using var bridgeClient = app.CreateHttpClient("api");
        bridgeClient.DefaultRequestHeaders.Authorization = new("Bearer", chat.BridgeToken.Token);
        using var download = await bridgeClient.GetAsync($"/api/bridge/uploads/{notes.Id}");
        using var otherBridgeClient = app.CreateHttpClient("api");
        otherBridgeClient.DefaultRequestHeaders.Authorization = new("Bearer", (await stranger.CreateBridgeAsync()).Token);
        using var refusedDownload = await otherBridgeClient.GetAsync($"/api/bridge/uploads/{notes.Id}");

        Assert.Equal(ErrorCodes.InvalidRequest, HubErrors.ExtractCode(refused));
        Assert.Equal(
            [new RunAttachment(diagram.Id, "diagram.png", "image/png", 4), new RunAttachment(notes.Id, "notes.txt", "text/plain", 5)],
            execute.Attachments);
        Assert.Equal([diagram.Id, notes.Id], ((UserMessageEvent)shown.Event).Attachments.Select(attachment => attachment.Id));
        Assert.Equal("notes", await download.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, refusedDownload.StatusCode);
        var history = await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}");
        var question = history.Messages.Single(m => m.Id == sent.UserMessageId);
        Assert.Equal([typeof(TextBlock), typeof(AttachmentBlock), typeof(AttachmentBlock)], question.Content.Select(block => block.GetType()));
    }

    [Fact]
    public async Task Sending_to_a_project_whose_bridge_is_offline_fails_with_bridge_unavailable()
    {
        await using var chat = await ChatScenario.StartAsync(app, connectBridge: false);

        var failure = await Assert.ThrowsAsync<HubException>(() => chat.Browser.SendAsync(chat.ConversationId, "Hello"));

        Assert.Equal(ErrorCodes.BridgeUnavailable, HubErrors.ExtractCode(failure));
        var page = await chat.User.GetAsync<EventPage>($"/api/chat/events/{chat.ConversationId}?afterSeq=0&limit=10");
        Assert.Empty(page.Events);
    }

    private static string ChatJson(object payload) => System.Text.Json.JsonSerializer.Serialize(payload, payload.GetType(), WireJson.Options);}
