using System.Net;
using System.Text.Json;
using Baton.Api.Data.Entities;
using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Messages;
using Baton.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Tests.Http;

/// <summary>
/// History as a browser loads it. Messages and events are written by the real-time path, so the
/// tests store them directly, the way that path does: rows plus the conversation's seq counter.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HistoryTests(ApiFixture app)
{
    [Fact]
    public async Task Messages_come_newest_page_first_each_page_oldest_first_with_the_last_seq()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var conversation = await user.CreateConversationAsync((await user.CreateProjectAsync()).Id);
        var texts = Enumerable.Range(1, 5).Select(i => $"message {i}").ToArray();
        await StoreMessagesAsync(conversation.Id, lastSeq: 42, texts);

        var newest = await user.GetAsync<MessagePage>($"/api/chat/messages/{conversation.Id}?limit=3");
        var older = await user.GetAsync<MessagePage>($"/api/chat/messages/{conversation.Id}?limit=3&before={newest.Messages[0].Id}");

        Assert.Equal(["message 3", "message 4", "message 5"], newest.Messages.Select(TextOf));
        Assert.True(newest.HasMore);
        Assert.Equal(42, newest.LastSeq);
        Assert.Equal(["message 1", "message 2"], older.Messages.Select(TextOf));
        Assert.False(older.HasMore);
    }

    [Fact]
    public async Task Messages_name_the_run_they_belong_to()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();
        var conversation = await user.CreateConversationAsync(project.Id);
        var run = await BatonDatabase.InsertRunAsync(app, conversation.Id, project.BridgeId);

        var page = await user.GetAsync<MessagePage>($"/api/chat/messages/{conversation.Id}");

        Assert.Equal([(MessageRole.User, run.Id), (MessageRole.Assistant, run.Id)], page.Messages.Select(m => (m.Role, m.RequestId!.Value)));
    }

    [Fact]
    public async Task Empty_conversation_has_no_messages_and_seq_zero()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var conversation = await user.CreateConversationAsync((await user.CreateProjectAsync()).Id);

        var page = await user.GetAsync<MessagePage>($"/api/chat/messages/{conversation.Id}");

        Assert.Empty(page.Messages);
        Assert.Equal(0, page.LastSeq);
        Assert.False(page.HasMore);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("before=00000000-0000-0000-0000-000000000000", "before")]
    [InlineData("before=6a1f5c3e-0000-4000-8000-000000000000", "before")]
    public async Task Message_paging_out_of_range_is_a_validation_problem(string query, string field)
    {
        using var user = await ApiUser.SignUpAsync(app);
        var conversation = await user.CreateConversationAsync((await user.CreateProjectAsync()).Id);

        using var response = await user.Client.GetAsync($"/api/chat/messages/{conversation.Id}?{query}");

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task Events_after_a_seq_are_exactly_the_next_ones_in_order()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var conversation = await user.CreateConversationAsync((await user.CreateProjectAsync()).Id);
        await StoreEventsAsync(conversation.Id, count: 10);

        var middle = await user.GetAsync<EventPage>($"/api/chat/events/{conversation.Id}?afterSeq=3&limit=4");
        var rest = await user.GetAsync<EventPage>($"/api/chat/events/{conversation.Id}?afterSeq=7");
        var none = await user.GetAsync<EventPage>($"/api/chat/events/{conversation.Id}?afterSeq=10");

        Assert.Equal([4L, 5, 6, 7], middle.Events.Select(e => e.Seq));
        Assert.All(middle.Events, e =>
        {
            Assert.Equal(e.Seq % 2 == 0 ? "chat:stream-response" : "chat:error", e.Type);
            Assert.Equal(e.Seq, e.Payload.GetProperty("seq").GetInt64());
            Assert.Equal($"event {e.Seq}", e.Payload.GetProperty("text").GetString());
        });
        Assert.Equal(10, middle.LastSeq);
        Assert.Equal([8L, 9, 10], rest.Events.Select(e => e.Seq));
        Assert.Empty(none.Events);
    }

    [Theory]
    [InlineData("afterSeq=-1", "afterSeq")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    public async Task Event_paging_out_of_range_is_a_validation_problem(string query, string field)
    {
        using var user = await ApiUser.SignUpAsync(app);
        var conversation = await user.CreateConversationAsync((await user.CreateProjectAsync()).Id);

        using var response = await user.Client.GetAsync($"/api/chat/events/{conversation.Id}?{query}");

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task History_of_an_unknown_conversation_is_not_found()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var unknown = Guid.NewGuid();

        using var messages = await user.Client.GetAsync($"/api/chat/messages/{unknown}");
        using var events = await user.Client.GetAsync($"/api/chat/events/{unknown}");

        await ProblemAssert.IsProblemAsync(messages, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(events, HttpStatusCode.NotFound);
    }

    private async Task StoreMessagesAsync(Guid conversationId, long lastSeq, params string[] texts)
    {
        await using var db = await BatonDatabase.OpenAsync(app);
        var start = DateTimeOffset.UtcNow;
        foreach (var (text, index) in texts.Select((text, index) => (text, index)))
        {
            db.Messages.Add(BatonDatabase.NewMessage(conversationId, index % 2 == 0 ? MessageRole.User : MessageRole.Assistant, text, start.AddSeconds(index)));
            // One save per message: each gets its own position, in this order.
            await db.SaveChangesAsync();
        }

        await db.Conversations.Where(c => c.Id == conversationId).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSeq, lastSeq));
    }

    private async Task StoreEventsAsync(Guid conversationId, int count)
    {
        await using var db = await BatonDatabase.OpenAsync(app);
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Stored shuffled: the order returned must come from seq, not from insertion.
        foreach (var seq in Enumerable.Range(1, count).Select(i => (long)i).OrderBy(_ => Random.Shared.Next()))
        {
            db.ConversationEvents.Add(new ConversationLogEntry
            {
                ConversationId = conversationId,
                Seq = seq,
                Type = seq % 2 == 0 ? "chat:stream-response" : "chat:error",
                Payload = JsonSerializer.SerializeToElement(new { seq, text = $"event {seq}" }),
                CreatedAt = DateTimeOffset.UtcNow,
            });
        }

        await db.SaveChangesAsync();
        await db.Conversations.Where(c => c.Id == conversationId).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSeq, c => c.LastSeq + count));
        await transaction.CommitAsync();
    }

    private static string TextOf(MessageResponse message) => ((TextBlock)message.Content[0]).Text;
}
