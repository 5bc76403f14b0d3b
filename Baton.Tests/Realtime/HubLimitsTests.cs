using Baton.Contracts;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Runs;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Baton.Tests.Realtime;

/// <summary>Payload validation, sizes and rates: refusals a client can read, and a connection that lives on.</summary>
[Collection(ApiCollection.Name)]
public sealed class HubLimitsTests(ApiFixture app)
{
    [Fact]
    public async Task A_payload_that_does_not_fit_its_schema_gets_invalid_request_and_the_connection_lives_on()
    {
        await using var chat = await ChatScenario.StartAsync(app, connectBridge: false);

        var wrongType = await CodeOf(chat.Browser.Connection.InvokeAsync<JoinConversationResult>(
            WireEvents.ConversationJoin, new { conversationId = "not-a-guid", afterSeq = 0 }));
        var missingFields = await CodeOf(chat.Browser.Connection.InvokeAsync<SendMessageResult>(
            WireEvents.ChatSendMessage, new { conversationId = chat.ConversationId }));
        var noPayload = await CodeOf(chat.Browser.Connection.InvokeAsync<JoinConversationResult>(WireEvents.ConversationJoin));
        var negativeSeq = await CodeOf(chat.Browser.JoinAsync(chat.ConversationId, -1));
        var joined = await chat.Browser.JoinAsync(chat.ConversationId);

        Assert.All([wrongType, missingFields, noPayload, negativeSeq], code => Assert.Equal(ErrorCodes.InvalidRequest, code));
        Assert.Equal(0, joined.LastSeq);
    }

    [Fact]
    public async Task A_bridge_batch_of_lines_out_of_order_or_unnumbered_gets_invalid_request_and_the_run_streams_on()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        var word = CliLines.TextDelta(0, "refused ");

        object[] refused =
        [
            new RunLineBatch(sent.RequestId, []),
            new RunLineBatch(sent.RequestId, [new RunLine(2, word), new RunLine(1, word)]),
            new RunLineBatch(sent.RequestId, [new RunLine(1, word), new RunLine(1, word)]),
            new RunLineBatch(sent.RequestId, [new RunLine(0, word)]),
            new RunLineBatch(Guid.Empty, [new RunLine(1, word)]),
            new { requestId = sent.RequestId, items = new[] { new { bridgeSeq = 1 } } },
            new { requestId = sent.RequestId, items = new[] { new { bridgeSeq = "one", line = word } } },
        ];
        var codes = new List<string?>();
        foreach (var batch in refused)
        {
            codes.Add(await CodeOf(chat.Bridge.Connection.InvokeAsync(WireEvents.ClaudeStream, batch)));
        }

        Assert.All(codes, code => Assert.Equal(ErrorCodes.InvalidRequest, code));
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0), CliLines.TextDelta(0, "stored "));
        var delta = await chat.Browser.Events.WaitForAsync<ChatStreamResponse>(m => m.Event is TextDeltaEvent);
        Assert.Equal("stored ", ((TextDeltaEvent)delta.Event).Text);
    }

    [Fact]
    public async Task A_bridge_batch_refused_while_the_bridge_does_not_wait_for_the_result_is_in_the_api_log()
    {
        const string bridgeInstance = "api2";
        await using var chat = await ChatScenario.StartAsync(app, bridgeOn: bridgeInstance);
        var (sent, _) = await chat.StartRunAsync();
        var word = CliLines.TextDelta(0, "refused ");
        var unbound = app.Logs.WatchForLineAsync(bridgeInstance, line => line.Contains($"The arguments of '{WireEvents.ClaudeStream}' did not bind"));
        var refused = app.Logs.WatchForLineAsync(bridgeInstance, line => line.Contains("was refused (invalid_request)"));

        // Sent as the bridge sends its lines, without waiting: the log is the only place these refusals show.
        await chat.Bridge.Connection.SendAsync(WireEvents.ClaudeStream, new { requestId = sent.RequestId, items = new[] { new { bridgeSeq = "one", line = word } } });
        await chat.Bridge.Connection.SendAsync(WireEvents.ClaudeStream, new RunLineBatch(sent.RequestId, [new RunLine(0, word)]));

        await Task.WhenAll(unbound, refused).WaitAsync(ReceivedEvents.DefaultTimeout);
    }

    [Fact]
    public async Task A_message_over_100_KB_gets_invalid_request()
    {
        await using var chat = await ChatScenario.StartAsync(app);

        var code = await CodeOf(chat.Browser.SendAsync(chat.ConversationId, new string('a', BatonDefaults.MaxMessageContentBytes + 1)));

        Assert.Equal(ErrorCodes.InvalidRequest, code);
        Assert.Empty(chat.Bridge.Events.All);
        await chat.StartRunAsync(new string('a', BatonDefaults.MaxMessageContentBytes));
    }

    [Fact]
    public async Task A_frame_over_the_limit_closes_the_connection_and_the_reconnected_tab_catches_up()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0), CliLines.TextDelta(0, "before "));
        await chat.Browser.Events.WaitForAsync<ChatStreamResponse>(m => m.Event is TextDeltaEvent);
        var reconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        chat.Browser.Connection.Reconnected += _ =>
        {
            reconnected.TrySetResult();
            return Task.CompletedTask;
        };

        var oversized = new string('a', (int)BatonDefaults.ChatHubMaxFrameBytes + 1024);
        await Assert.ThrowsAnyAsync<Exception>(() => chat.Browser.SendAsync(chat.ConversationId, oversized));
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.TextDelta(0, "while away "));
        await chat.Bridge.CompleteAsync(sent.RequestId);
        await reconnected.Task.WaitAsync(ReceivedEvents.DefaultTimeout);
        var complete = await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);
        // The end can arrive live while the rejoin's replay still sends what was stored while away.
        await chat.Browser.Events.WaitForAsync<ChatStreamResponse>(m => m.Event is TextDeltaEvent { Text: "while away " });

        var seqs = chat.Browser.SeqsOf(chat.ConversationId).Distinct().Order();
        Assert.Equal(Enumerable.Range(1, (int)complete.Seq).Select(seq => (long)seq), seqs);
        var texts = chat.Browser.Events.OfType<ChatStreamResponse>().Select(m => m.Event).OfType<TextDeltaEvent>().Select(d => d.Text).Distinct();
        Assert.Equal(["before ", "while away "], texts);
    }

    [Fact]
    public async Task A_flood_of_calls_from_one_tab_gets_rate_limited_while_the_tab_stays_connected_and_bridges_are_not_limited()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        var (sent, _) = await chat.StartRunAsync();
        var connectionId = chat.Browser.Connection.ConnectionId!;
        var refusalLogged = app.Logs.WatchForLineAsync("api", line => line.Contains($"hub calls of connection {connectionId}", StringComparison.Ordinal));

        var calls = Enumerable.Range(0, 60).Select(async _ =>
        {
            try
            {
                await chat.Browser.InvokeAsync(WireEvents.ConversationLeave, new LeaveConversationRequest(chat.ConversationId));
                return null;
            }
            catch (HubException failure)
            {
                return HubErrors.ExtractCode(failure);
            }
        });
        var codes = await Task.WhenAll(calls);
        long lastBridgeSeq = 0;
        for (var i = 0; i < 100; i++)
        {
            lastBridgeSeq = await chat.Bridge.StreamAsync(sent.RequestId, CliLines.TextDelta(0, $"{i} "));
        }

        await chat.Bridge.WaitForAckAsync(sent.RequestId, lastBridgeSeq);
        Assert.Contains(codes, code => code == ErrorCodes.RateLimited);
        Assert.Contains(codes, code => code is null);
        Assert.All(codes, code => Assert.True(code is null or ErrorCodes.RateLimited, code));
        Assert.Equal(HubConnectionState.Connected, chat.Browser.Connection.State);

        // One line says so, however many calls were refused: the rest of the minute's refusals wait for the next one.
        Assert.Contains($"the latest {WireEvents.ConversationLeave}", await refusalLogged.WaitAsync(TimeSpan.FromSeconds(10)), StringComparison.Ordinal);
        Assert.Single(app.Logs.Lines("api"), line => line.Contains($"hub calls of connection {connectionId}", StringComparison.Ordinal));
    }

    private static async Task<string?> CodeOf(Task call)
    {
        var failure = await Assert.ThrowsAsync<HubException>(() => call);
        return HubErrors.ExtractCode(failure);
    }
}
