using System.Diagnostics;
using System.Text.Json;
using Baton.Api.Bridges;
using Baton.Api.Endpoints.Chat;
using Baton.Api.Hubs;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace Baton.Tests.Realtime;

/// <summary>Permission prompts: answered from any tab on any instance, by a stored rule, by expiry, or cancelled.</summary>
[Collection(ApiCollection.Name)]
public sealed class PermissionTests(ApiFixture app, ITestOutputHelper output)
{
    private static readonly object GitStatusRule = new
    {
        type = "addRules",
        rules = new[] { new { toolName = "Bash", ruleContent = "git status:*" } },
        behavior = "allow",
        destination = "localSettings",
    };

    private static readonly object AcceptEditsMode = new { type = "setMode", mode = "acceptEdits", destination = "session" };

    [Fact]
    public async Task A_permission_answered_from_a_tab_on_the_other_instance_reaches_the_bridge_and_closes_the_prompt_in_every_tab()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api2", bridgeOn: "api2");
        var otherTab = await chat.OpenTabAsync("api");
        await chat.Browser.JoinAsync(chat.ConversationId);
        await otherTab.JoinAsync(chat.ConversationId);
        using var redis = await ConnectionMultiplexer.ConnectAsync((await app.GetConnectionStringAsync("redis"))!);
        var published = new ReceivedEvents();
        await redis.GetSubscriber().SubscribeAsync(BridgeCommandBus.Channel, (_, message) =>
            published.Record("redis", JsonSerializer.Deserialize<BridgeCommand>(message.ToString(), WireJson.Options)!));
        var (sent, _) = await chat.StartRunAsync();

        var requested = Stopwatch.GetTimestamp();
        var promptId = await chat.Bridge.RequestPermissionAsync(sent.RequestId, "Bash", new { command = "git status" }, GitStatusRule);
        var shown = await otherTab.Events.WaitForEventAsync<InteractivePrompt>(p => p.PromptId == promptId);
        await chat.Browser.Events.WaitForAsync<InteractivePrompt>(p => p.PromptId == promptId);
        var answered = Stopwatch.GetTimestamp();
        await otherTab.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(promptId, PermissionDecision.Allow, null, null, null, null));
        var delivered = await chat.Bridge.Events.WaitForEventAsync<CliPermissionResponse>(r => r.PromptId == promptId);

        var toBrowser = Stopwatch.GetElapsedTime(requested, shown.Timestamp);
        var toBridge = Stopwatch.GetElapsedTime(answered, delivered.Timestamp);
        output.WriteLine($"Permission round trip without the person: request -> prompt in the other instance's tab {toBrowser.TotalMilliseconds:F1} ms, "
            + $"answer -> bridge via Redis {toBridge.TotalMilliseconds:F1} ms, total {(toBrowser + toBridge).TotalMilliseconds:F1} ms");
        var response = (CliPermissionResponse)delivered.Payload;
        Assert.Equal(PermissionBehavior.Allow, response.Behavior);
        Assert.Equal("git status", response.UpdatedInput!.Value.GetProperty("command").GetString());
        Assert.Null(response.UpdatedPermissions);
        var resolutions = new List<PermissionResolved>();
        foreach (var tab in new[] { chat.Browser, otherTab })
        {
            var resolved = await tab.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == promptId);
            Assert.Equal((PermissionDecision.Allow, ResolvedBy.User), (resolved.Decision, resolved.By));
            resolutions.Add(resolved);
        }

        var command = await published.WaitForAsync<BridgeCommand>(c => c.Id == promptId);
        Assert.Equal((chat.BridgeToken.Id, BridgeCommand.PermissionKind), (command.BridgeId, command.Kind));
        Assert.Equal(PermissionBehavior.Allow, command.Answer?.Behavior);
        // The bridge's instance keeps its fold of the answer current with the resolution as stored.
        Assert.Equal((sent.RequestId, resolutions[0].Seq, PermissionDecision.Allow),
            (command.Resolution?.RunId, command.Resolution?.Event.Seq, command.Resolution?.Event.Decision));
        var late = await Assert.ThrowsAsync<HubException>(() => chat.Browser.InvokeAsync(WireEvents.PermissionResponse,
            new PermissionResponse(promptId, PermissionDecision.Deny, null, null, null, null)));
        Assert.Equal(ErrorCodes.PromptAlreadyAnswered, HubErrors.ExtractCode(late));
    }

    [Fact]
    public async Task Two_tabs_answering_a_prompt_at_the_same_moment_settle_it_once_with_the_first_answer()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api");
        var otherTab = await chat.OpenTabAsync("api2");
        await chat.Browser.JoinAsync(chat.ConversationId);
        await otherTab.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        var promptId = await chat.ShowPromptAsync(sent.RequestId, "Bash", new { command = "rm -rf build" });
        await otherTab.Events.WaitForAsync<InteractivePrompt>(p => p.PromptId == promptId);

        Task Answer(TestBrowser tab, PermissionDecision decision) =>
            tab.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(promptId, decision, null, null, null, null));
        var allow = Answer(chat.Browser, PermissionDecision.Allow);
        var deny = Answer(otherTab, PermissionDecision.Deny);
        var outcomes = await Task.WhenAll(Outcome(allow), Outcome(deny));
        var delivered = await chat.Bridge.Events.WaitForAsync<CliPermissionResponse>(r => r.PromptId == promptId);
        var resolved = await otherTab.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == promptId);
        await chat.Browser.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == promptId);

        Assert.Equal(1, outcomes.Count(code => code is null));
        Assert.Equal(ErrorCodes.PromptAlreadyAnswered, outcomes.Single(code => code is not null));
        var winner = outcomes[0] is null ? PermissionDecision.Allow : PermissionDecision.Deny;
        Assert.Equal(winner, resolved.Decision);
        Assert.Equal(winner == PermissionDecision.Allow ? PermissionBehavior.Allow : PermissionBehavior.Deny, delivered.Behavior);
        Assert.Single(otherTab.Events.OfType<PermissionResolved>(), r => r.PromptId == promptId);
    }

    [Fact]
    public async Task A_permission_request_the_bridge_sends_again_is_shown_and_stored_once_and_still_answered()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        var promptId = await chat.ShowPromptAsync(sent.RequestId, "Bash", new { command = "make" });

        await chat.Bridge.RequestPermissionAsync(sent.RequestId, promptId, "Bash", new { command = "make" });
        // Queued behind the repeat: once this one shows, the repeat was stored (or dropped) and the run goes on.
        var next = await chat.ShowPromptAsync(sent.RequestId, "Bash", new { command = "make test" });
        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(promptId, PermissionDecision.Allow, null, null, null, null));
        var delivered = await chat.Bridge.Events.WaitForAsync<CliPermissionResponse>(r => r.PromptId == promptId);

        Assert.Equal(PermissionBehavior.Allow, delivered.Behavior);
        Assert.Single(chat.Browser.Events.OfType<InteractivePrompt>(), p => p.PromptId == promptId);
        await using var db = await BatonDatabase.OpenAsync(app);
        Assert.Equal(1, await db.InteractivePrompts.CountAsync(p => p.Id == promptId));
    }

    [Fact]
    public async Task An_answer_the_bridge_acknowledged_is_marked_delivered_so_no_pass_sends_it_again()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        var promptId = await chat.ShowPromptAsync(sent.RequestId, "Bash", new { command = "make" });

        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(promptId, PermissionDecision.Allow, null, null, null, null));
        await chat.Bridge.Events.WaitForAsync<CliPermissionResponse>(r => r.PromptId == promptId);

        Assert.NotNull(await DeliveredAtAsync(promptId, within: TimeSpan.FromSeconds(10)));
    }

    /// <summary>When the prompt's answer was marked delivered: the mark follows the bridge's acknowledgement, off the answer's path.</summary>
    private async Task<DateTimeOffset?> DeliveredAtAsync(Guid promptId, TimeSpan within)
    {
        await using var db = await BatonDatabase.OpenAsync(app);
        var deadline = Stopwatch.GetTimestamp() + (long)(within.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var deliveredAt = await db.InteractivePrompts.AsNoTracking().Where(p => p.Id == promptId).Select(p => p.DeliveredToBridgeAt).SingleAsync();
            if (deliveredAt is not null || Stopwatch.GetTimestamp() > deadline)
            {
                return deliveredAt;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    private static async Task<string?> Outcome(Task answer)
    {
        try
        {
            await answer;
            return null;
        }
        catch (HubException refused)
        {
            return HubErrors.ExtractCode(refused);
        }
    }

    [Fact]
    public async Task Allow_always_stores_the_chosen_rule_so_a_matching_request_is_allowed_without_a_prompt_while_others_still_ask()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();

        var first = await chat.ShowPromptAsync(sent.RequestId, "Bash", new { command = "git status" }, AcceptEditsMode, GitStatusRule);
        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(first, PermissionDecision.AllowAlways, null, null, [1], null));
        var always = await chat.Bridge.Events.WaitForAsync<CliPermissionResponse>(r => r.PromptId == first);
        var matching = await chat.Bridge.RequestPermissionAsync(sent.RequestId, "Bash", new { command = "git status --short" });
        var byRule = await chat.Bridge.Events.WaitForAsync<CliPermissionResponse>(r => r.PromptId == matching);
        var resolvedByRule = await chat.Browser.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == matching);
        var other = await chat.ShowPromptAsync(sent.RequestId, "Bash", new { command = "rm -rf build" });

        Assert.Equal(PermissionBehavior.Allow, always.Behavior);
        var update = Assert.Single(always.UpdatedPermissions!);
        Assert.Equal(("addRules", "session"), (update.GetProperty("type").GetString(), update.GetProperty("destination").GetString()));
        Assert.Equal(PermissionBehavior.Allow, byRule.Behavior);
        Assert.Equal((PermissionDecision.Allow, ResolvedBy.Rule), (resolvedByRule.Decision, resolvedByRule.By));
        Assert.DoesNotContain(chat.Browser.Events.OfType<InteractivePrompt>(), p => p.PromptId == matching);
        Assert.DoesNotContain(chat.Bridge.Events.OfType<CliPermissionResponse>(), r => r.PromptId == other);
        // Stored as the rule answered it: a stale tab cannot answer it again.
        var again = await Assert.ThrowsAsync<HubException>(() => chat.Browser.InvokeAsync(WireEvents.PermissionResponse,
            new PermissionResponse(matching, PermissionDecision.Deny, null, null, null, null)));
        Assert.Equal(ErrorCodes.PromptAlreadyAnswered, HubErrors.ExtractCode(again));

        await chat.Bridge.CompleteAsync(sent.RequestId);
        await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);
        var (_, next) = await chat.StartRunAsync("Again");
        Assert.Equal(["Bash(git status:*)"], next.AllowedTools);
    }

    [Fact]
    public async Task Choosing_a_set_mode_suggestion_switches_the_conversation_mode_and_tells_the_project_room()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        await chat.Browser.InvokeAsync(WireEvents.ProjectJoin, new ProjectRoomRequest(chat.Project.Id));
        var (sent, _) = await chat.StartRunAsync();

        var promptId = await chat.ShowPromptAsync(sent.RequestId, "Edit", new { file_path = "/srv/a.txt" }, AcceptEditsMode);
        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(promptId, PermissionDecision.AllowAlways, null, null, [0], null));
        var answer = await chat.Bridge.Events.WaitForAsync<CliPermissionResponse>(r => r.PromptId == promptId);
        var updated = await chat.Browser.Events.WaitForAsync<ConversationChanged>(WireEvents.ConversationUpdated,
            change => change.Conversation.PermissionMode == PermissionMode.AcceptEdits);

        Assert.Equal("setMode", Assert.Single(answer.UpdatedPermissions!).GetProperty("type").GetString());
        Assert.Equal(chat.ConversationId, updated.Conversation.Id);
        var conversation = await chat.User.GetAsync<ConversationResponse>($"/api/chat/conversation/{chat.ConversationId}");
        Assert.Equal(PermissionMode.AcceptEdits, conversation.PermissionMode);
    }

    [Fact]
    public async Task A_prompt_nobody_answers_in_time_is_denied_and_the_bridge_is_told_so()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        var promptId = await chat.Bridge.RequestPermissionAsync(sent.RequestId, "Edit", new { file_path = "/srv/a.txt" });
        var prompt = await chat.Browser.Events.WaitForAsync<InteractivePrompt>(p => p.PromptId == promptId);

        await using (var db = await BatonDatabase.OpenAsync(app))
        {
            var past = DateTimeOffset.UtcNow.AddSeconds(-1);
            await db.InteractivePrompts.Where(p => p.Id == promptId).ExecuteUpdateAsync(setters => setters.SetProperty(p => p.ExpiresAt, past));
        }

        var late = await Assert.ThrowsAsync<HubException>(() => chat.Browser.InvokeAsync(WireEvents.PermissionResponse,
            new PermissionResponse(promptId, PermissionDecision.Allow, null, null, null, null)));
        var resolved = await chat.Browser.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == promptId);
        var denial = await chat.Bridge.Events.WaitForAsync<CliPermissionResponse>(r => r.PromptId == promptId);

        Assert.InRange(prompt.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        Assert.Equal(ErrorCodes.PromptExpired, HubErrors.ExtractCode(late));
        Assert.Equal((PermissionDecision.Deny, ResolvedBy.Expiry), (resolved.Decision, resolved.By));
        Assert.Equal(PermissionBehavior.Deny, denial.Behavior);
    }

    [Fact]
    public async Task Prompts_the_cli_withdraws_or_still_open_when_the_run_ends_are_resolved_as_cancelled()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();

        var withdrawn = await chat.ShowPromptAsync(sent.RequestId, "Bash", new { command = "make" });
        await chat.Bridge.CancelPermissionAsync(sent.RequestId, withdrawn);
        var cancelled = await chat.Browser.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == withdrawn);
        var open = await chat.ShowPromptAsync(sent.RequestId, "Bash", new { command = "make test" });
        await chat.Bridge.CompleteAsync(sent.RequestId);
        var complete = await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);
        var endedWithRun = await chat.Browser.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == open);

        Assert.Equal((PermissionDecision.Deny, ResolvedBy.Cancelled), (cancelled.Decision, cancelled.By));
        Assert.Equal(ResolvedBy.Cancelled, endedWithRun.By);
        Assert.True(endedWithRun.Seq < complete.Seq);
        var late = await Assert.ThrowsAsync<HubException>(() => chat.Browser.InvokeAsync(WireEvents.PermissionResponse,
            new PermissionResponse(open, PermissionDecision.Allow, null, null, null, null)));
        Assert.Equal(ErrorCodes.PromptAlreadyAnswered, HubErrors.ExtractCode(late));
        Assert.DoesNotContain(chat.Bridge.Events.OfType<CliPermissionResponse>(), r => r.PromptId == withdrawn || r.PromptId == open);
    }
}
