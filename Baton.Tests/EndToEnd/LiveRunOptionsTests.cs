using System.Net.Http.Json;
using System.Text.Json;
using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.ScriptedModel.Scenarios;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.EndToEnd;

/// <summary>
/// A conversation's mode, model and effort changed with <c>conversation:set-run-options</c>, with the real CLI:
/// during a run the running CLI switches at once, and every tab hears of it.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class LiveRunOptionsTests(FullAppFixture app)
{
    [Fact]
    public async Task Switching_to_accept_edits_and_haiku_during_a_run_lets_its_next_write_run_unasked_on_haiku_and_every_tab_shows_it()
    {
        await using var chat = await LocalBridgeChat.StartAsync(app, PermissionMode.Default);
        await using var other = await chat.OpenTabAsync();
        using var model = app.CreateHttpClient("model");

        var sent = await chat.Browser.SendAsync(chat.ConversationId, "do two steps");
        var firstStep = await chat.WaitForPromptAsync(sent.RequestId, "Bash");
        var changed = await chat.Browser.InvokeAsync<ConversationSummary>(WireEvents.ConversationSetRunOptions,
            new SetRunOptionsRequest(chat.ConversationId, PermissionMode.AcceptEdits, "haiku", "high"));
        var seen = await other.Events.WaitForAsync<ConversationChanged>(
            WireEvents.ConversationUpdated, change => change.Conversation.Id == chat.ConversationId && change.Conversation.Model == "haiku");
        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(firstStep.PromptId, PermissionDecision.Allow, null, null, null, null));
        var completed = await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId, LocalBridgeChat.RunTimeout);

        Assert.False(completed.IsError, app.Logs.Tail("bridge"));
        Assert.Equal((PermissionMode.AcceptEdits, "haiku", "high"), (changed.PermissionMode, changed.Model, changed.Effort));
        Assert.Equal((PermissionMode.AcceptEdits, "haiku", "high"), (seen.Conversation.PermissionMode, seen.Conversation.Model, seen.Conversation.Effort));
        Assert.DoesNotContain(chat.Browser.Events.OfType<InteractivePrompt>(), prompt => prompt.ToolName == "Write");
        Assert.True(File.Exists(chat.PathOf(StepsScript.FileName)), app.Logs.Tail("bridge"));
        // The CLI names the model it resolved the alias to in its requests to the model.
        var requests = await model.GetFromJsonAsync<List<JsonElement>>("/scripted/requests") ?? [];
        Assert.Contains(requests, body => body.TryGetProperty("model", out var name) && name.GetString()!.Contains("haiku", StringComparison.Ordinal));
        var stored = await chat.User.GetAsync<ConversationResponse>($"/api/chat/conversation/{chat.ConversationId}");
        Assert.Equal((PermissionMode.AcceptEdits, "haiku", "high"), (stored.PermissionMode, stored.Model, stored.Effort));
    }

    [Fact]
    public async Task Unknown_settings_and_bypass_where_the_bridge_does_not_allow_it_are_refused_with_their_codes()
    {
        await using var chat = await LocalBridgeChat.StartAsync(app, PermissionMode.Default);

        var effort = await Assert.ThrowsAsync<HubException>(() => chat.Browser.InvokeAsync<ConversationSummary>(
            WireEvents.ConversationSetRunOptions, new SetRunOptionsRequest(chat.ConversationId, null, null, "extreme")));
        var model = await Assert.ThrowsAsync<HubException>(() => chat.Browser.InvokeAsync<ConversationSummary>(
            WireEvents.ConversationSetRunOptions, new SetRunOptionsRequest(chat.ConversationId, null, "not a model!", null)));
        var mode = await Assert.ThrowsAsync<HubException>(() => chat.Browser.InvokeAsync<ConversationSummary>(
            WireEvents.ConversationSetRunOptions, new { conversationId = chat.ConversationId, permissionMode = "yolo" }));
        var bypass = await Assert.ThrowsAsync<HubException>(() => chat.Browser.InvokeAsync<ConversationSummary>(
            WireEvents.ConversationSetRunOptions, new SetRunOptionsRequest(chat.ConversationId, PermissionMode.BypassPermissions, null, null)));

        Assert.Equal(ErrorCodes.InvalidRequest, HubErrors.ExtractCode(effort));
        Assert.Equal(ErrorCodes.InvalidRequest, HubErrors.ExtractCode(model));
        Assert.Equal(ErrorCodes.InvalidRequest, HubErrors.ExtractCode(mode));
        Assert.Equal(ErrorCodes.BypassNotAllowed, HubErrors.ExtractCode(bypass));
        var stored = await chat.User.GetAsync<ConversationResponse>($"/api/chat/conversation/{chat.ConversationId}");
        Assert.Equal((PermissionMode.Default, null, null), (stored.PermissionMode, stored.Model, stored.Effort));
    }
}
