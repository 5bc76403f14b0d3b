using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Messages;
using Baton.Contracts.Permissions;
using Baton.ScriptedModel.Scenarios;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.EndToEnd;

/// <summary>
/// Plans with the real CLI in plan mode and the scripted model's plan scenario: the plan arrives as an
/// ExitPlanMode prompt, and how it is answered decides the mode the rest of the turn and the conversation run in.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class PlanModeTests(FullAppFixture app)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(90);
    private const string PlanPrompt = "plan the change";

    [Fact]
    public async Task Approving_a_plan_into_accept_edits_writes_the_file_without_asking_and_every_tab_sees_the_mode()
    {
        await using var chat = await LocalBridgeChat.StartAsync(app, PermissionMode.Plan);
        await using var other = await chat.OpenTabAsync();

        var sent = await chat.Browser.SendAsync(chat.ConversationId, PlanPrompt);
        var plan = await chat.WaitForPlanPromptAsync(sent.RequestId);
        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse,
            new PermissionResponse(plan.PromptId, PermissionDecision.Allow, null, null, null, null, PermissionMode.AcceptEdits));
        var completed = await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId, RunTimeout);

        Assert.False(completed.IsError, app.Logs.Tail("bridge"));
        Assert.Equal("The plan was approved and carried out.\n", await File.ReadAllTextAsync(chat.PathOf(PlanScript.FileName)));
        Assert.DoesNotContain(chat.Browser.Events.OfType<InteractivePrompt>(), prompt => prompt.ToolName == "Write");
        Assert.Equal(PermissionMode.AcceptEdits, chat.Browser.Events.OfType<PermissionResolved>().Single(r => r.PromptId == plan.PromptId).Mode);
        var seen = await other.Events.WaitForAsync<ConversationChanged>(
            WireEvents.ConversationUpdated, change => change.Conversation.Id == chat.ConversationId && change.Conversation.PermissionMode == PermissionMode.AcceptEdits);
        Assert.Equal(PermissionMode.AcceptEdits, seen.Conversation.PermissionMode);
        Assert.Equal(PermissionMode.AcceptEdits, (await chat.User.GetAsync<ConversationResponse>($"/api/chat/conversation/{chat.ConversationId}")).PermissionMode);
        var answer = (await chat.User.GetAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}")).Messages.Single(m => m.Id == sent.AssistantMessageId);
        var stored = answer.Content.OfType<PermissionBlock>().Single(block => block.PromptId == plan.PromptId);
        Assert.Equal((PermissionDecision.Allow, PermissionMode.AcceptEdits), (stored.Decision!.Value, stored.Mode!.Value));
    }

    [Fact]
    public async Task Approving_a_plan_and_keeping_to_ask_prompts_for_the_write()
    {
        await using var chat = await LocalBridgeChat.StartAsync(app, PermissionMode.Plan);

        var sent = await chat.Browser.SendAsync(chat.ConversationId, PlanPrompt);
        var plan = await chat.WaitForPlanPromptAsync(sent.RequestId);
        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse,
            new PermissionResponse(plan.PromptId, PermissionDecision.Allow, null, null, null, null, PermissionMode.Default));
        var write = await chat.Browser.Events.WaitForAsync<InteractivePrompt>(p => p.RequestId == sent.RequestId && p.ToolName == "Write", RunTimeout);
        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(write.PromptId, PermissionDecision.Allow, null, null, null, null));
        var completed = await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId, RunTimeout);

        Assert.False(completed.IsError, app.Logs.Tail("bridge"));
        Assert.True(File.Exists(chat.PathOf(PlanScript.FileName)));
        Assert.Equal(PermissionMode.Default, (await chat.User.GetAsync<ConversationResponse>($"/api/chat/conversation/{chat.ConversationId}")).PermissionMode);
    }

    [Fact]
    public async Task Feedback_on_a_plan_reaches_the_model_which_plans_again()
    {
        await using var chat = await LocalBridgeChat.StartAsync(app, PermissionMode.Plan);
        const string feedback = "Please mention the README as well.";

        var sent = await chat.Browser.SendAsync(chat.ConversationId, PlanPrompt);
        var first = await chat.WaitForPlanPromptAsync(sent.RequestId);
        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse,
            new PermissionResponse(first.PromptId, PermissionDecision.Deny, feedback, null, null, null));
        var second = await chat.Browser.Events.WaitForAsync<InteractivePrompt>(
            p => p.RequestId == sent.RequestId && p.ToolName == PlanScript.ToolName && p.PromptId != first.PromptId, RunTimeout);

        Assert.Contains($"{PlanScript.FeedbackOpening} {feedback}", chat.TextOf(sent.RequestId));
        Assert.Contains(PlanScript.RevisedPlanHeading, chat.PlansOf(sent.RequestId).Last());
        Assert.False(File.Exists(chat.PathOf(PlanScript.FileName)));

        // Bypass is no choice where the bridge does not allow it: the plan stays open.
        var bypass = await Assert.ThrowsAsync<HubException>(() => chat.Browser.InvokeAsync(WireEvents.PermissionResponse,
            new PermissionResponse(second.PromptId, PermissionDecision.Allow, null, null, null, null, PermissionMode.BypassPermissions)));
        Assert.Equal(ErrorCodes.BypassNotAllowed, HubErrors.ExtractCode(bypass));
        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse,
            new PermissionResponse(second.PromptId, PermissionDecision.Deny, "Stop here.", null, null, true));
        await chat.Browser.Events.WaitForAsync<ChatAborted>(a => a.RequestId == sent.RequestId, RunTimeout);
    }
}
