using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Api.Data.Entities;
using Baton.Api.Endpoints.Chat;
using Baton.Api.LocalSessions;
using Baton.Contracts.Chat;
using Baton.Contracts.Errors;
using Baton.Contracts.Messages;
using Baton.Contracts.Sessions;
using Baton.Tests.Infrastructure;
using Baton.Tests.LocalSessions;

namespace Baton.Tests.Http;

/// <summary>
/// Importing a local session over HTTP, from a bridge that serves a transcript the pinned CLI wrote, in
/// small pages: its history as typed blocks, once; turns a terminal added later, read when a tab joins the
/// conversation or the bridge comes back, reach the open tab live, once, and never while a run of Baton's
/// works; a fork, as a notice.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class LocalSessionImportApiTests(ApiFixture app)
{
    private const int RecordsPerPage = 7;
    private static readonly string SessionId = Guid.NewGuid().ToString();

    [Fact]
    public async Task Importing_stores_the_history_as_typed_blocks_and_importing_again_gives_the_same_conversation()
    {
        await using var chat = await ChatScenario.StartAsync(app, bridgeOn: "api2");
        var transcript = Serve(chat.Bridge, TranscriptFixture.Records("recorded-session.jsonl"));

        using var first = await chat.User.Client.PostAsync(ImportPath(chat), null);
        var imported = await first.Content.ReadFromJsonAsync<ConversationResponse>(ApiJson.Options);
        var again = await chat.User.Client.PostAsync(ImportPath(chat), null);
        var messages = await MessagesAsync(chat, imported!.Id);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(imported.Id, (await again.Content.ReadFromJsonAsync<ConversationResponse>(ApiJson.Options))!.Id);
        Assert.Equal((SessionId, "Hello there"), (imported.ClaudeSessionId, imported.Title));
        Assert.Equal(TranscriptNotices.ImportedSession, Assert.IsType<NoticeBlock>(messages[0].Content.Single()).Subtype);
        Assert.Equal(
            ["Hello there", "run echo hi", "How many messages have I sent?", "delegate please", "run echo two", "hi again"],
            UserTexts(messages));
        var answer = messages.SkipWhile(m => UserText(m) != "run echo hi").Skip(1).First();
        Assert.Equal(MessageRole.Assistant, answer.Role);
        var bash = answer.Content.OfType<ToolUseBlock>().Single();
        Assert.Equal(("Bash", "echo hi"), (bash.Name, bash.Input!.Value.GetProperty("command").GetString()));
        Assert.Equal("hi", answer.Content.OfType<ToolResultBlock>().Single(result => result.ToolUseId == bash.Id).Content.GetString());
        Assert.Equal("Done. The tool said: hi", answer.Content.OfType<TextBlock>().Last().Text);
        Assert.Equal(messages.Count, (await MessagesAsync(chat, imported.Id)).Count);
        Assert.True(transcript.Reads > transcript.Records.Count / RecordsPerPage, "the transcript was read in pages");
    }

    [Fact]
    public async Task Turns_added_in_a_terminal_reach_an_open_tab_once_baton_s_own_are_passed_over_and_a_fork_leaves_a_notice()
    {
        await using var chat = await ChatScenario.StartAsync(app, bridgeOn: "api2");
        var transcript = Serve(chat.Bridge, TranscriptFixture.Records("recorded-session.jsonl"));
        var conversation = await ImportAsync(chat);
        var tip = transcript.Records.Last(record => record.TryGetProperty("uuid", out _)).GetProperty("uuid").GetString()!;

        var batons = transcript.Append(Prompt("What did I ask?", parent: tip, entrypoint: "baton"));
        var terminal = transcript.Append(Prompt("recall, please", parent: batons, entrypoint: "cli"));
        transcript.Append(Answer("You have sent me 8 messages in this conversation.", parent: terminal));
        await chat.Browser.JoinAsync(conversation.Id);
        // The records may end on two pages, each stored and sent on its own.
        var added = await chat.Browser.Events.WaitForAsync<TranscriptImported>(e => e.ConversationId == conversation.Id
            && e.Messages.Any(m => m.Content.OfType<TextBlock>().Any(text => text.Text.StartsWith("You have sent me 8", StringComparison.Ordinal))));
        var addedIds = chat.Browser.Events.OfType<TranscriptImported>().Where(e => e.ConversationId == conversation.Id)
            .SelectMany(e => e.Messages).Select(m => m.Id).Distinct().ToList();
        var afterTerminal = await MessagesAsync(chat, conversation.Id);

        transcript.Append(Prompt("Meanwhile in the terminal", parent: tip, entrypoint: "cli"));
        await chat.Browser.JoinAsync(conversation.Id, added.Seq);
        var forked = await chat.Browser.Events.WaitForAsync<TranscriptImported>(e => e.ConversationId == conversation.Id && e.Seq > added.Seq);
        var afterFork = await MessagesAsync(chat, conversation.Id);

        Assert.DoesNotContain("What did I ask?", UserTexts(afterTerminal));
        Assert.Equal(
            [$"notice {TranscriptNotices.TerminalTurns}", "user recall, please", "answer You have sent me 8 messages in this conversation."],
            afterTerminal.TakeLast(3).Select(Describe));
        Assert.Equal(afterTerminal.TakeLast(3).Select(m => m.Id), addedIds);
        Assert.Equal(
            [$"notice {TranscriptNotices.SessionForked}", "user Meanwhile in the terminal"],
            afterFork.Skip(afterTerminal.Count).Where(m => m.Content.Count > 0).Select(Describe));
        Assert.Equal(afterFork.Skip(afterTerminal.Count).Select(m => m.Id), forked.Messages.Select(m => m.Id));
    }

    [Fact]
    public async Task A_bridge_coming_back_brings_the_terminal_s_turns_to_a_tab_already_open()
    {
        await using var chat = await ChatScenario.StartAsync(app, bridgeOn: "api2");
        var transcript = Serve(chat.Bridge, TranscriptFixture.Records("recorded-session.jsonl"));
        var conversation = await ImportAsync(chat);
        var tip = transcript.Records.Last(record => record.TryGetProperty("uuid", out _)).GetProperty("uuid").GetString()!;
        var readsBefore = transcript.Reads;
        await chat.Browser.JoinAsync(conversation.Id);
        // The read the tab's join asked for found nothing new: what the terminal adds next is the bridge's to bring.
        await transcript.WaitForReadsAsync(readsBefore + 1);

        await chat.Bridge.DisposeAsync();
        transcript.Append(Prompt("recall, please", parent: tip, entrypoint: "cli"));
        await chat.ConnectBridgeAsync("api", prepare: bridge => Serve(bridge, transcript));
        var imported = await chat.Browser.Events.WaitForAsync<TranscriptImported>(e => e.ConversationId == conversation.Id);

        Assert.Equal(
            [$"notice {TranscriptNotices.TerminalTurns}", "user recall, please"],
            imported.Messages.Where(m => m.Content.Count > 0).Select(Describe));
        Assert.Equal(
            imported.Messages.Select(m => m.Id),
            (await MessagesAsync(chat, conversation.Id)).TakeLast(imported.Messages.Count).Select(m => m.Id));
    }

    [Fact]
    public async Task Turns_a_terminal_adds_while_a_baton_run_works_are_read_after_it_ended()
    {
        await using var chat = await ChatScenario.StartAsync(app, bridgeOn: "api2");
        var transcript = Serve(chat.Bridge, TranscriptFixture.Records("recorded-session.jsonl"));
        var conversation = await ImportAsync(chat);
        var tip = transcript.Records.Last(record => record.TryGetProperty("uuid", out _)).GetProperty("uuid").GetString()!;
        var run = await chat.Browser.SendAsync(conversation.Id, "Hello");
        await chat.Bridge.WaitForExecuteAsync(request => request.RequestId == run.RequestId);

        transcript.Append(Prompt("Meanwhile in the terminal", parent: tip, entrypoint: "cli"));
        await chat.Browser.JoinAsync(conversation.Id);
        await chat.Bridge.CompleteAsync(run.RequestId, SessionId);
        var completed = await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(e => e.RequestId == run.RequestId);
        await chat.Browser.JoinAsync(conversation.Id, completed.Seq);
        var imported = await chat.Browser.Events.WaitForAsync<TranscriptImported>(e => e.ConversationId == conversation.Id);
        var messages = await MessagesAsync(chat, conversation.Id);

        Assert.True(imported.Seq > completed.Seq, $"imported at seq {imported.Seq}, while the run was active (it ended at {completed.Seq})");
        Assert.Equal(
            ["user Hello", "answer ", $"notice {TranscriptNotices.TerminalTurns}", "user Meanwhile in the terminal", "answer "],
            messages.TakeLast(5).Select(Describe));
    }

    [Fact]
    public async Task An_unknown_session_another_users_project_and_an_offline_bridge_are_told_apart()
    {
        await using var chat = await ChatScenario.StartAsync(app, bridgeOn: "api2");
        using var stranger = await ApiUser.SignUpAsync(app);
        var offlineProject = await chat.User.CreateProjectAsync((await chat.User.CreateBridgeAsync()).Id);

        using var unknown = await chat.User.Client.PostAsync(ImportPath(chat), null);
        using var foreign = await stranger.Client.PostAsync(ImportPath(chat), null);
        using var offline = await chat.User.Client.GetAsync($"/api/projects/{offlineProject.Id}/local-sessions");
        using var listed = await chat.User.Client.GetAsync($"/api/projects/{chat.Project.Id}/local-sessions");

        Assert.Equal(ErrorCodes.NotFound, (await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(ErrorCodes.BridgeUnavailable, (await ProblemAssert.IsProblemAsync(offline, HttpStatusCode.ServiceUnavailable)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var conversations = await chat.User.GetAsync<ConversationPage>($"/api/chat/conversations/{chat.Project.Id}");
        Assert.Equal([chat.ConversationId], conversations.Items.Select(conversation => conversation.Id));
    }

    private static string ImportPath(ChatScenario chat) => $"/api/projects/{chat.Project.Id}/local-sessions/{SessionId}/import";

    private static async Task<ConversationResponse> ImportAsync(ChatScenario chat)
    {
        using var response = await chat.User.Client.PostAsync(ImportPath(chat), null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ConversationResponse>(ApiJson.Options))!;
    }

    private static async Task<List<MessageResponse>> MessagesAsync(ChatScenario chat, Guid conversationId) =>
        [.. (await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{conversationId}?limit=200")).Messages];

    private static List<string> UserTexts(IEnumerable<MessageResponse> messages) => [.. messages.Select(UserText).OfType<string>()];

    private static string? UserText(MessageResponse message) =>
        message.Role == MessageRole.User ? message.Content.OfType<TextBlock>().Single().Text : null;

    private static string Describe(MessageResponse message) => Describe(message.Role == MessageRole.User, message.Content);

    private static string Describe(ImportedMessage message) => Describe(message.Role == ImportedMessageRole.User, message.Content);

    private static string Describe(bool fromUser, IReadOnlyList<MessageBlock> content) => content switch
    {
        [NoticeBlock notice] => $"notice {notice.Subtype}",
        _ when fromUser => $"user {content.OfType<TextBlock>().Single().Text}",
        _ => $"answer {string.Join(" ", content.OfType<TextBlock>().Select(text => text.Text))}",
    };

    private static JsonElement Prompt(string text, string parent, string entrypoint) => Record("user", parent, entrypoint, text);

    private static JsonElement Answer(string text, string parent) =>
        Record("assistant", parent, "cli", new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }), new JsonObject { ["id"] = "msg_terminal" });

    private static JsonElement Record(string type, string parent, string entrypoint, JsonNode content, JsonObject? message = null)
    {
        message ??= [];
        message["role"] = type;
        message["content"] = content;
        return JsonSerializer.SerializeToElement(new JsonObject
        {
            ["type"] = type,
            ["uuid"] = Guid.NewGuid().ToString(),
            ["parentUuid"] = parent,
            ["isSidechain"] = false,
            ["entrypoint"] = entrypoint,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["message"] = message,
        });
    }

    /// <summary>Serves the records as the bridge would, a few per page; an offset here counts records.</summary>
    private static ServedTranscript Serve(TestBridge bridge, IReadOnlyList<JsonElement> records) => Serve(bridge, new ServedTranscript([.. records]));

    private static ServedTranscript Serve(TestBridge bridge, ServedTranscript transcript)
    {
        bridge.ReadTranscript = request =>
        {
            if (request.SessionId != SessionId)
            {
                return Task.FromException<TranscriptPage>(HubErrors.Create(ErrorCodes.NotFound, "No such session."));
            }

            List<JsonElement> page;
            lock (transcript)
            {
                page = [.. transcript.Records.Skip((int)request.FromOffset).Take(RecordsPerPage)];
                transcript.Reads++;
                Monitor.PulseAll(transcript);
            }

            var next = request.FromOffset + page.Count;
            return Task.FromResult(new TranscriptPage(page, next, next >= transcript.Records.Count));
        };
        return transcript;
    }

    private sealed class ServedTranscript(List<JsonElement> records)
    {
        public List<JsonElement> Records { get; } = records;

        public int Reads { get; set; }

        /// <summary>Adds a record; returns its uuid.</summary>
        public string Append(JsonElement record)
        {
            lock (this)
            {
                Records.Add(record);
            }

            return record.GetProperty("uuid").GetString()!;
        }

        /// <summary>Waits until the bridge served <paramref name="reads"/> pages in all.</summary>
        public Task WaitForReadsAsync(int reads) => Task.Run(() =>
        {
            lock (this)
            {
                var until = DateTime.UtcNow + ReceivedEvents.DefaultTimeout;
                while (Reads < reads)
                {
                    var left = until - DateTime.UtcNow;
                    Assert.True(left > TimeSpan.Zero && Monitor.Wait(this, left), $"The bridge served {Reads} pages, not {reads}.");
                }
            }
        });
    }
}
