using System.Net;
using Baton.Contracts.Bridges;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Errors;
using Baton.Contracts.Files;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Baton.Contracts.Streaming;
using Baton.Api.Endpoints.Chat;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Baton.Tests.Realtime;

/// <summary>A user reaches only their own conversations, prompts, runs, projects and bridges; a bridge only its own runs.</summary>
[Collection(ApiCollection.Name)]
public sealed class RealtimeAuthorizationTests(ApiFixture app)
{
    [Fact]
    public async Task A_user_cannot_join_send_to_answer_for_or_ask_the_bridge_of_another_users_conversation()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        var promptId = await chat.ShowPromptAsync(sent.RequestId, "Bash", new { command = "ls" });
        using var stranger = await ApiUser.SignUpAsync(app);
        await using var tab = await TestBrowser.ConnectAsync(app, "api2", stranger.Tokens.AccessToken);

        Assert.Equal(ErrorCodes.NotFound, await CodeOf(tab.JoinAsync(chat.ConversationId)));
        Assert.Equal(ErrorCodes.NotFound, await CodeOf(tab.SendAsync(chat.ConversationId, "mine now")));
        Assert.Equal(ErrorCodes.PromptNotFound, await CodeOf(tab.InvokeAsync(WireEvents.PermissionResponse,
            new PermissionResponse(promptId, PermissionDecision.Allow, null, null, null, null))));
        Assert.Equal(ErrorCodes.NotFound, await CodeOf(tab.InvokeAsync(WireEvents.ProjectJoin, new ProjectRoomRequest(chat.Project.Id))));
        Assert.Equal(ErrorCodes.NotFound, await CodeOf(tab.InvokeAsync<FileListing>(WireEvents.FilesList, new ListFilesRequest(chat.Project.Id, null, null))));
        Assert.Equal(ErrorCodes.NotFound, await CodeOf(tab.InvokeAsync<BridgeHealth>(WireEvents.BridgeHealth, new BridgeHealthRequest(chat.Project.Id))));
        using var events = await stranger.Client.GetAsync($"/api/chat/events/{chat.ConversationId}?afterSeq=0&limit=10");

        Assert.Equal(HttpStatusCode.NotFound, events.StatusCode);
        await chat.Browser.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(promptId, PermissionDecision.Deny, null, null, null, null));
        Assert.Equal(PermissionBehavior.Deny, (await chat.Bridge.Events.WaitForAsync<CliPermissionResponse>(r => r.PromptId == promptId)).Behavior);
        Assert.Empty(tab.Events.All);
        Assert.Single(chat.Bridge.Events.OfType<ExecuteRunRequest>());
    }

    [Fact]
    public async Task A_bridge_cannot_write_into_another_bridges_run()
    {
        await using var victim = await ChatScenario.StartAsync(app);
        await using var intruder = await ChatScenario.StartAsync(app);
        await victim.Browser.JoinAsync(victim.ConversationId);
        var (victimRun, _) = await victim.StartRunAsync();
        var (intruderRun, _) = await intruder.StartRunAsync();

        await intruder.Bridge.StreamAsync(victimRun.RequestId, CliLines.MessageStart("msg_x"), CliLines.TextBlockStart(0), CliLines.TextDelta(0, "injected"));
        // One connection's sends are stored in order: once its own run is acknowledged, the foreign batch was handled.
        var own = await intruder.Bridge.StreamAsync(intruderRun.RequestId, CliLines.MessageStart("msg_1"));
        await intruder.Bridge.WaitForAckAsync(intruderRun.RequestId, own);

        Assert.DoesNotContain(intruder.Bridge.Events.OfType<RunAck>(), ack => ack.RequestId == victimRun.RequestId);
        var page = await victim.User.GetAsync<EventPage>($"/api/chat/events/{victim.ConversationId}?afterSeq=0&limit=100");
        Assert.Equal([WireEvents.ChatStreamResponse], page.Events.Select(e => e.Type));
        Assert.DoesNotContain(victim.Browser.Events.OfType<ChatStreamResponse>(), m => m.Event is TextDeltaEvent);
    }

    [Theory]
    [InlineData(HubPaths.Chat, null)]
    [InlineData(HubPaths.Chat, "bridge")]
    [InlineData(HubPaths.Bridge, null)]
    [InlineData(HubPaths.Bridge, "user")]
    public async Task A_hub_refuses_a_connection_without_its_kind_of_token(string path, string? presented)
    {
        await using var chat = await ChatScenario.StartAsync(app, connectBridge: false);
        var token = presented switch
        {
            "bridge" => chat.BridgeToken.Token,
            "user" => chat.User.Tokens.AccessToken,
            _ => null,
        };
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.GetEndpoint("api"), path), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult(token);
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .Build();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync().WaitAsync(ReceivedEvents.DefaultTimeout));

        Assert.Contains("401", refused.Message);
    }

    private static async Task<string?> CodeOf(Task call)
    {
        var failure = await Assert.ThrowsAsync<HubException>(() => call);
        return HubErrors.ExtractCode(failure);
    }
}
