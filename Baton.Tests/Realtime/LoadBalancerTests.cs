using System.Net.Http.Json;
using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Chat;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Realtime;

/// <summary>Baton behind a round-robin load balancer without affinity, as a deployment with several API replicas runs.</summary>
[Collection(ApiCollection.Name)]
public sealed class LoadBalancerTests(ApiFixture app)
{
    [Fact]
    public async Task A_chat_streams_through_a_round_robin_load_balancer_to_two_tabs_and_is_stored()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "loadbalancer", bridgeOn: "loadbalancer");
        // Round-robin puts the tabs and the bridge on either instance, in an order the test does not choose:
        // the answer must reach every tab wherever it landed.
        var secondTab = await chat.OpenTabAsync("loadbalancer");
        await chat.Browser.JoinAsync(chat.ConversationId);
        await secondTab.JoinAsync(chat.ConversationId);

        var (sent, execute) = await chat.StartRunAsync("Say hello");
        await chat.Bridge.StreamAsync(
            sent.RequestId,
            CliLines.SystemInit("session-1"),
            CliLines.MessageStart("msg_1"),
            CliLines.TextBlockStart(0),
            CliLines.TextDelta(0, "Hello "),
            CliLines.TextDelta(0, "there"),
            CliLines.BlockStop(0),
            CliLines.AssistantText("msg_1", "Hello there"));
        await chat.Bridge.CompleteAsync(sent.RequestId, "session-1");
        var completes = await Task.WhenAll(
            chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId),
            secondTab.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId));

        Assert.Equal("Say hello", execute.Prompt);
        Assert.All(completes, complete => Assert.Equal(sent.AssistantMessageId, complete.MessageId));
        foreach (var tab in new[] { chat.Browser, secondTab })
        {
            var deltas = tab.Events.OfType<ChatStreamResponse>().Select(m => m.Event).OfType<TextDeltaEvent>().Select(delta => delta.Text);
            Assert.Equal(["Hello ", "there"], deltas);
        }

        using var client = chat.User.ClientOf("loadbalancer");
        var history = await client.GetFromJsonAsync<MessagePage>($"/api/chat/messages/{chat.ConversationId}", ApiJson.Options);
        var answer = history!.Messages.Single(m => m.Id == sent.AssistantMessageId);
        Assert.Equal("Hello there", answer.Content[0].GetProperty("text").GetString());
    }
}
