using System.Text.Json;
using Baton.Api.Endpoints.Chat;
using Baton.Api.Endpoints.Projects;
using Baton.Contracts.Chat;
using Baton.Contracts.Hubs;
using Baton.Contracts.Messages;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.EndToEnd;

/// <summary>
/// The whole path with nothing simulated but the model: a browser client on the API, the real
/// bridge, the real CLI, the scripted model of demo mode.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class DemoModeChatTests(FullAppFixture app)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_message_to_the_seeded_playground_streams_back_word_by_word_from_the_real_cli()
    {
        using var user = await ApiUser.SignInAsync(app, await AppParameters.GetAsync(app, "seed-email"), app.SeedPassword);
        var projects = await user.GetAsync<List<ProjectResponse>>("/api/projects");
        var playground = Assert.Single(projects, project => project.Name == "playground");
        var conversation = await user.CreateConversationAsync(playground.Id);
        await using var browser = await TestBrowser.ConnectAsync(app, "api", user.Tokens.AccessToken);
        await browser.JoinAsync(conversation.Id);

        var sent = await browser.SendAsync(conversation.Id, "hello from the end-to-end test");
        var completed = await browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId, RunTimeout);

        Assert.False(completed.IsError, app.Logs.Tail("bridge"));
        var deltas = browser.Events.OfType<ChatStreamResponse>().Where(r => r.RequestId == sent.RequestId && r.Event is TextDeltaEvent).ToList();
        Assert.True(deltas.Count > 5, $"Only {deltas.Count} text deltas arrived: the answer did not stream word by word.");
        Assert.Contains(browser.Events.OfType<ChatStreamResponse>(), r => r.Event is BlockCompleteEvent);
        Assert.False(string.IsNullOrEmpty(completed.SessionId));
    }

    [Fact]
    public async Task A_run_is_one_trace_across_the_api_and_the_bridge()
    {
        using var user = await ApiUser.SignInAsync(app, app.SeedEmail, app.SeedPassword);
        var playground = (await user.GetAsync<List<ProjectResponse>>("/api/projects")).Single(project => project.Name == "playground");
        var conversation = await user.CreateConversationAsync(playground.Id);
        await using var browser = await TestBrowser.ConnectAsync(app, "api", user.Tokens.AccessToken);
        await browser.JoinAsync(conversation.Id);

        var sent = await browser.SendAsync(conversation.Id, "hello, which trace am I in?");
        await browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId, RunTimeout);

        var apiTrace = TraceIdLogged(app.Logs.Tail("api", 2_000), $"Run {sent.RequestId} dispatched");
        var bridgeTrace = TraceIdLogged(app.Logs.Tail("bridge", 2_000), $"Run {sent.RequestId} started");
        Assert.Matches("^[0-9a-f]{32}$", apiTrace);
        Assert.Equal(apiTrace, bridgeTrace);
    }

    [Fact]
    public async Task A_tool_result_with_NUL_bytes_from_the_real_cli_is_stored_and_shown_with_replacement_characters()
    {
        using var user = await ApiUser.SignInAsync(app, app.SeedEmail, app.SeedPassword);
        var playground = (await user.GetAsync<List<ProjectResponse>>("/api/projects")).Single(project => project.Name == "playground");
        var fileName = $"binary-{Guid.NewGuid():N}.txt";
        await File.WriteAllBytesAsync(Path.Combine(playground.RootDirectory, fileName), "before\0after"u8.ToArray());
        var conversation = await user.CreateConversationAsync(playground.Id);
        await using var browser = await TestBrowser.ConnectAsync(app, "api", user.Tokens.AccessToken);
        await browser.JoinAsync(conversation.Id);

        // cat only reads, so the CLI runs it without asking; the scripted model then quotes what the tool said.
        var sent = await browser.SendAsync(conversation.Id, $"run cat {fileName}");
        var completed = await browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId, RunTimeout);

        Assert.False(completed.IsError, app.Logs.Tail("bridge"));
        var toolResult = Assert.Single(browser.Events.OfType<ChatStreamResponse>().Select(r => r.Event).OfType<ToolResultEvent>());
        Assert.Contains("before\uFFFDafter", StringsIn(toolResult.Content));
        var stored = await user.GetAsync<EventPage>($"/api/chat/events/{conversation.Id}");
        Assert.Contains(stored.Events, e => e.Type == WireEvents.ChatStreamResponse && StringsIn(e.Payload).Contains("before\uFFFDafter", StringComparison.Ordinal));
        var answer = (await user.GetAsync<MessagePage>($"/api/chat/messages/{conversation.Id}")).Messages.Single(m => m.Id == sent.AssistantMessageId);
        Assert.Contains("before\uFFFDafter", StringsIn(answer.Content.OfType<ToolResultBlock>().Single().Content));
    }

    /// <summary>Every string value in a JSON value, joined: what a person would read of it.</summary>
    private static string StringsIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Array => string.Concat(element.EnumerateArray().Select(StringsIn)),
        JsonValueKind.Object => string.Concat(element.EnumerateObject().Select(property => StringsIn(property.Value))),
        _ => "",
    };

    /// <summary>The trace id a service logged for a run (each side logs "... in trace &lt;id&gt;").</summary>
    private static string TraceIdLogged(string log, string marker)
    {
        var line = log.Split('\n').LastOrDefault(line => line.Contains(marker, StringComparison.Ordinal));
        Assert.True(line is not null, $"No log line with '{marker}':{Environment.NewLine}{log}");
        return line[(line.LastIndexOf("in trace ", StringComparison.Ordinal) + "in trace ".Length)..].Trim();
    }
}
