using Baton.Api.Data.Entities;
using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Chat;
using Baton.Contracts.Hubs;
using Baton.Contracts.Messages;
using Baton.Contracts.Permissions;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Realtime;

/// <summary>
/// A streaming answer's deltas reach the event log first and its stored content up to a second later:
/// a tab that opens mid-answer still reads every word once, and an answer changed meanwhile by another
/// writer (a person settling a prompt) keeps that change and every delta. A settled prompt is likewise in
/// the log first, and in the stored content with the run's next full write.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DeferredContentTests(ApiFixture app)
{
    private static readonly string[] Words = [.. Enumerable.Range(0, 30).Select(i => $"w{i} ")];

    [Fact]
    public async Task A_tab_opened_mid_answer_gets_every_word_so_far_once_from_history_and_the_replay_after_it()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        var (sent, _) = await chat.StartRunAsync("Tell me a story");
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.SystemInit("session-1"), CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0));
        await StreamWordsAsync(chat, sent.RequestId, Words);

        var history = await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}");
        var replay = await chat.User.GetAsync<EventPage>($"/api/chat/events/{chat.ConversationId}?afterSeq={history.LastSeq}&limit=100");

        var stored = TextOf(history.Messages.Single(m => m.Id == sent.AssistantMessageId));
        Assert.Equal(string.Concat(Words), stored + string.Concat(TextDeltasOf(replay)));
    }

    [Fact]
    public async Task A_prompt_settled_while_deltas_wait_is_stored_with_every_delta_before_and_after_it()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync("List the files");
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.SystemInit("session-1"), CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0));
        var promptId = await chat.ShowPromptAsync(sent.RequestId, "Bash", new { command = "ls" });

        await StreamWordsAsync(chat, sent.RequestId, Words[..15]);
        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(promptId, PermissionDecision.Allow, null, null, null, null));
        await chat.Browser.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == promptId);
        await StreamWordsAsync(chat, sent.RequestId, Words[15..]);
        await chat.Bridge.CompleteAsync(sent.RequestId);
        await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);

        var history = await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}");
        var answer = history.Messages.Single(m => m.Id == sent.AssistantMessageId);
        Assert.Equal(MessageStatus.Completed, answer.Status);
        Assert.Equal(string.Concat(Words), TextOf(answer));
        var permission = Assert.Single(answer.Content.OfType<PermissionBlock>());
        Assert.Equal((promptId, PermissionDecision.Allow), (permission.PromptId, permission.Decision));
    }

    [Fact]
    public async Task A_prompt_answered_while_its_run_waits_shows_as_answered_to_a_tab_opened_then()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync("List the files");
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.SystemInit("session-1"), CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0));
        var promptId = await chat.ShowPromptAsync(sent.RequestId, "Bash", new { command = "ls" });
        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(promptId, PermissionDecision.Allow, null, null, null, null));
        await chat.Browser.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == promptId);

        var history = await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}");
        var replay = await chat.User.GetAsync<EventPage>($"/api/chat/events/{chat.ConversationId}?afterSeq={history.LastSeq}&limit=100");

        // The prompt and its answer are each in the stored content or in the events after what it holds.
        var stored = history.Messages.Single(m => m.Id == sent.AssistantMessageId).Content.OfType<PermissionBlock>().SingleOrDefault(p => p.PromptId == promptId);
        var replayedPrompt = replay.Events.Any(e => e.Type == WireEvents.InteractivePrompt && e.Payload.GetProperty("promptId").GetGuid() == promptId);
        Assert.True(stored is not null || replayedPrompt, "The prompt is neither stored nor replayed.");
        var answered = stored?.Decision == PermissionDecision.Allow || replay.Events.Any(e => e.Type == WireEvents.PermissionResolved
            && e.Payload.GetProperty("promptId").GetGuid() == promptId && e.Payload.GetProperty("decision").GetString() == "allow");
        Assert.True(answered, "Neither the stored answer nor the events after it say the prompt was allowed.");
    }

    [Fact]
    public async Task An_answer_that_only_streams_words_is_stored_as_it_goes_with_every_word_once()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        var (sent, _) = await chat.StartRunAsync("Tell me a long story");
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.SystemInit("session-1"), CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0));
        var history = await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}");
        var storedAtStart = TextOf(history.Messages.Single(m => m.Id == sent.AssistantMessageId));

        // Only words, never the end of a block: the stored answer still catches up with them while they stream.
        var streamed = new List<string>();
        using var timeout = new CancellationTokenSource(ReceivedEvents.DefaultTimeout);
        while (TextOf(history.Messages.Single(m => m.Id == sent.AssistantMessageId)) == storedAtStart)
        {
            timeout.Token.ThrowIfCancellationRequested();
            streamed.Add($"w{streamed.Count} ");
            await StreamWordsAsync(chat, sent.RequestId, [streamed[^1]]);
            history = await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}");
        }

        var replay = await chat.User.GetAsync<EventPage>($"/api/chat/events/{chat.ConversationId}?afterSeq={history.LastSeq}&limit=1000");
        var stored = TextOf(history.Messages.Single(m => m.Id == sent.AssistantMessageId));
        Assert.Equal(string.Concat(streamed), stored + string.Concat(TextDeltasOf(replay)));
    }

    /// <summary>One delta per batch, as a CLI streams them; returns once the API stored the last.</summary>
    private static async Task StreamWordsAsync(ChatScenario chat, Guid requestId, IEnumerable<string> words)
    {
        long last = 0;
        foreach (var word in words)
        {
            last = await chat.Bridge.StreamAsync(requestId, CliLines.TextDelta(0, word));
        }

        await chat.Bridge.WaitForAckAsync(requestId, last);
    }

    private static IEnumerable<string?> TextDeltasOf(EventPage replay) => replay.Events
        .Where(e => e.Type == WireEvents.ChatStreamResponse)
        .Select(e => e.Payload.GetProperty("event"))
        .Where(e => e.GetProperty("kind").GetString() == StreamEventKinds.TextDelta)
        .Select(e => e.GetProperty("text").GetString());

    private static string TextOf(MessageResponse message) => string.Concat(message.Content.OfType<TextBlock>().Select(block => block.Text));
}
