using System.Net;
using Baton.Api.Inbox;
using Baton.Contracts.Chat;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Inbox;
using Baton.Contracts.Permissions;
using Baton.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Tests.Http;

/// <summary>
/// The "Needs you" inbox: what <c>GET /api/inbox</c> lists across a person's projects (and never of anyone
/// else), how a failed run leaves it, and the <c>inbox:changed</c> a tab hears in its own room as it changes.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class InboxTests(ApiFixture app)
{
    [Fact]
    public async Task The_inbox_lists_waiting_prompts_running_runs_and_failures_across_the_users_projects_and_nobody_elses()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        var (waiting, _) = await chat.StartRunAsync("Write the release notes");
        var promptId = await chat.Bridge.RequestPermissionAsync(waiting.RequestId, "Write", new { file_path = "/srv/notes.md", content = "v2" });
        var busy = await chat.User.CreateConversationAsync(chat.Project.Id, "Busy");
        await chat.Browser.JoinAsync(busy.Id);
        var working = await chat.Browser.SendAsync(busy.Id, "Keep working");
        await chat.Bridge.WaitForExecuteAsync(request => request.RequestId == working.RequestId);
        var second = await chat.User.CreateProjectAsync(chat.BridgeToken.Id, $"second-{Guid.NewGuid():N}"[..16]);
        var broken = await chat.User.CreateConversationAsync(second.Id, "Broken build");
        var failing = await chat.Browser.SendAsync(broken.Id, "Build it");
        await chat.Bridge.WaitForExecuteAsync(request => request.RequestId == failing.RequestId);
        await chat.Bridge.FailAsync(failing.RequestId, ErrorCodes.CliFailed, "The CLI stopped working.");
        await chat.Browser.JoinAsync(chat.ConversationId);
        await chat.Browser.JoinAsync(broken.Id);
        await chat.Browser.Events.WaitForAsync<InteractivePrompt>(p => p.PromptId == promptId);
        await chat.Browser.Events.WaitForAsync<ChatError>(e => e.RequestId == failing.RequestId);

        await using var stranger = await ChatScenario.StartAsync(app);
        var (theirs, _) = await stranger.StartRunAsync("Something of their own");
        var theirPrompt = await stranger.Bridge.RequestPermissionAsync(theirs.RequestId, "Bash", new { command = "ls" });
        await stranger.Browser.JoinAsync(stranger.ConversationId);
        await stranger.Browser.Events.WaitForAsync<InteractivePrompt>(p => p.PromptId == theirPrompt);

        var inbox = await chat.User.GetAsync<InboxContents>("/api/inbox");

        var prompt = Assert.Single(inbox.Prompts);
        Assert.Equal((promptId, waiting.RequestId, "Write"), (prompt.PromptId, prompt.RequestId, prompt.ToolName));
        Assert.Equal("/srv/notes.md", prompt.Input.GetProperty("file_path").GetString());
        Assert.Equal(new InboxConversation(chat.ConversationId, "Write the release notes", chat.Project.Id, chat.Project.Name), prompt.Conversation);
        // The run waiting on its prompt is listed there alone, not as running too.
        var running = Assert.Single(inbox.Running);
        Assert.Equal((working.RequestId, busy.Id), (running.RequestId, running.Conversation.Id));
        var failed = Assert.Single(inbox.Failed);
        Assert.Equal((failing.RequestId, ErrorCodes.CliFailed, "The CLI stopped working."), (failed.RequestId, failed.Code, failed.Message));
        Assert.Equal(new InboxConversation(broken.Id, "Broken build", second.Id, second.Name), failed.Conversation);

        var theirInbox = await stranger.User.GetAsync<InboxContents>("/api/inbox");
        Assert.Equal([theirPrompt], theirInbox.Prompts.Select(p => p.PromptId));
        Assert.Empty(theirInbox.Running);
        Assert.Empty(theirInbox.Failed);
    }

    [Fact]
    public async Task A_failed_run_leaves_the_inbox_when_dismissed_by_its_owner_only_when_a_later_run_follows_it_and_after_a_day()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var dismissed = await FailRunAsync(chat, chat.ConversationId);
        using var stranger = await ApiUser.SignUpAsync(app);

        using var refused = await stranger.Client.PostAsync($"/api/inbox/failed-runs/{dismissed}/dismiss", null);
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.NotFound);
        Assert.Equal([dismissed], await FailedRunsAsync(chat.User));
        using var accepted = await chat.User.Client.PostAsync($"/api/inbox/failed-runs/{dismissed}/dismiss", null);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Empty(await FailedRunsAsync(chat.User));

        var followed = await FailRunAsync(chat, chat.ConversationId);
        Assert.Equal([followed], await FailedRunsAsync(chat.User));
        var (later, _) = await chat.StartRunAsync("Try again");
        await chat.Bridge.CompleteAsync(later.RequestId);
        await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == later.RequestId);
        Assert.Empty(await FailedRunsAsync(chat.User));

        var old = await FailRunAsync(chat, (await chat.User.CreateConversationAsync(chat.Project.Id)).Id);
        Assert.Equal([old], await FailedRunsAsync(chat.User));
        await using (var db = await BatonDatabase.OpenAsync(app))
        {
            var longAgo = DateTimeOffset.UtcNow - InboxReader.FailedRunsShownFor - TimeSpan.FromMinutes(1);
            await db.Runs.Where(r => r.Id == old).ExecuteUpdateAsync(setters => setters.SetProperty(r => r.EndedAt, longAgo));
        }

        Assert.Empty(await FailedRunsAsync(chat.User));
    }

    [Fact]
    public async Task A_tab_hears_in_its_own_room_each_change_to_its_inbox_in_a_conversation_it_has_not_opened()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        var elsewhere = await chat.OpenTabAsync("api2");
        await using var stranger = await ChatScenario.StartAsync(app);

        var heard = elsewhere.Events.OfType<InboxChanged>();
        var (sent, _) = await chat.StartRunAsync("Tidy the imports");
        await NextChangeAsync(elsewhere, heard, chat.ConversationId);
        var inbox = await chat.User.GetAsync<InboxContents>("/api/inbox");
        Assert.Equal([sent.RequestId], inbox.Running.Select(r => r.RequestId));

        heard = elsewhere.Events.OfType<InboxChanged>();
        var promptId = await chat.Bridge.RequestPermissionAsync(sent.RequestId, "Edit", new { file_path = "/srv/app.ts" });
        await NextChangeAsync(elsewhere, heard, chat.ConversationId);
        inbox = await chat.User.GetAsync<InboxContents>("/api/inbox");
        Assert.Equal([promptId], inbox.Prompts.Select(p => p.PromptId));
        Assert.Empty(inbox.Running);

        heard = elsewhere.Events.OfType<InboxChanged>();
        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(promptId, PermissionDecision.Allow, null, null, null, null));
        await NextChangeAsync(elsewhere, heard, chat.ConversationId);
        inbox = await chat.User.GetAsync<InboxContents>("/api/inbox");
        Assert.Empty(inbox.Prompts);
        Assert.Equal([sent.RequestId], inbox.Running.Select(r => r.RequestId));

        heard = elsewhere.Events.OfType<InboxChanged>();
        await chat.Bridge.CompleteAsync(sent.RequestId);
        await NextChangeAsync(elsewhere, heard, chat.ConversationId);
        inbox = await chat.User.GetAsync<InboxContents>("/api/inbox");
        Assert.Empty(inbox.Running);
        Assert.Empty(inbox.Prompts);

        Assert.Empty(stranger.Browser.Events.OfType<InboxChanged>());
    }

    /// <summary>Starts a run in the conversation and has the bridge fail it; returns its id once the failure is stored.</summary>
    private static async Task<Guid> FailRunAsync(ChatScenario chat, Guid conversationId)
    {
        await chat.Browser.JoinAsync(conversationId);
        var sent = await chat.Browser.SendAsync(conversationId, "Build it");
        await chat.Bridge.WaitForExecuteAsync(request => request.RequestId == sent.RequestId);
        await chat.Bridge.FailAsync(sent.RequestId, ErrorCodes.CliFailed, "The CLI stopped working.");
        await chat.Browser.Events.WaitForAsync<ChatError>(e => e.RequestId == sent.RequestId);
        return sent.RequestId;
    }

    private static async Task<IReadOnlyList<Guid>> FailedRunsAsync(ApiUser user) =>
        [.. (await user.GetAsync<InboxContents>("/api/inbox")).Failed.Select(r => r.RequestId)];

    /// <summary>
    /// Waits for an <c>inbox:changed</c> of the conversation that is not among those <paramref name="heard"/> before:
    /// each arrives as an object of its own, so one heard already is the same reference.
    /// </summary>
    private static Task<InboxChanged> NextChangeAsync(TestBrowser tab, IReadOnlyList<InboxChanged> heard, Guid conversationId) =>
        tab.Events.WaitForAsync<InboxChanged>(change => change.ConversationId == conversationId && !heard.Any(before => ReferenceEquals(before, change)));
}
