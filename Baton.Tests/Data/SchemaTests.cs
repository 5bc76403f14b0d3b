using System.Text.Json;
using Baton.Api.Data.Entities;
using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Permissions;
using Baton.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Baton.Tests.Data;

/// <summary>What the schema itself guarantees, whichever API instance writes.</summary>
[Collection(ApiCollection.Name)]
public sealed class SchemaTests(ApiFixture app)
{
    [Fact]
    public async Task Event_log_refuses_a_second_event_with_the_same_seq()
    {
        var conversationId = await NewConversationAsync();
        await using var db = await BatonDatabase.OpenAsync(app);
        db.ConversationEvents.Add(Event(conversationId, seq: 1));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        db.ConversationEvents.Add(Event(conversationId, seq: 1));
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(failure.InnerException).SqlState);
    }

    [Fact]
    public async Task Conversation_holds_at_most_one_unfinished_run()
    {
        var conversationId = await NewConversationAsync();
        var bridgeId = await BridgeOfAsync(conversationId);
        await InsertRunWithStatusAsync(conversationId, bridgeId, RunStatus.Running);
        await InsertRunWithStatusAsync(conversationId, bridgeId, RunStatus.Completed);

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() =>
            InsertRunWithStatusAsync(conversationId, bridgeId, RunStatus.Dispatched));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(failure.InnerException).SqlState);
    }

    [Fact]
    public async Task Client_message_id_is_unique_per_conversation()
    {
        var conversationId = await NewConversationAsync();
        var bridgeId = await BridgeOfAsync(conversationId);
        var run = await BatonDatabase.InsertRunAsync(app, conversationId, bridgeId);

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() =>
            InsertRunWithStatusAsync(conversationId, bridgeId, RunStatus.Completed, run.ClientMessageId));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(failure.InnerException).SqlState);
    }

    [Fact]
    public async Task Enums_are_stored_by_name()
    {
        var conversationId = await NewConversationAsync();
        await using var db = await BatonDatabase.OpenAsync(app);

        var stored = await db.Database
            .SqlQuery<string>($"SELECT permission_mode AS \"Value\" FROM conversations WHERE id = {conversationId}")
            .SingleAsync();

        Assert.Equal(nameof(StoredPermissionMode.Plan), stored);
    }

    private async Task<Guid> NewConversationAsync()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();
        var conversation = await user.PostAsync<ConversationResponse>(
            "/api/chat/conversations", new CreateConversationRequest(project.Id, null, PermissionMode.Plan, null));
        return conversation.Id;
    }

    private async Task<Guid> BridgeOfAsync(Guid conversationId)
    {
        await using var db = await BatonDatabase.OpenAsync(app);
        return await db.Conversations.Where(c => c.Id == conversationId)
            .Join(db.Projects, c => c.ProjectId, p => p.Id, (_, p) => p.BridgeId)
            .SingleAsync();
    }

    private async Task InsertRunWithStatusAsync(Guid conversationId, Guid bridgeId, RunStatus status, string? clientMessageId = null)
    {
        await using var db = await BatonDatabase.OpenAsync(app);
        var now = DateTimeOffset.UtcNow;
        var user = BatonDatabase.NewMessage(conversationId, MessageRole.User, "again", now);
        var assistant = BatonDatabase.NewMessage(conversationId, MessageRole.Assistant, "", now);
        db.Messages.AddRange(user, assistant);
        db.Runs.Add(new Run
        {
            Id = Guid.CreateVersion7(),
            ConversationId = conversationId,
            UserMessageId = user.Id,
            AssistantMessageId = assistant.Id,
            BridgeId = bridgeId,
            ClientMessageId = clientMessageId ?? Guid.NewGuid().ToString(),
            Status = status,
            CreatedAt = now,
        });
        await db.SaveChangesAsync();
    }

    private static ConversationLogEntry Event(Guid conversationId, long seq) => new()
    {
        ConversationId = conversationId,
        Seq = seq,
        Type = "chat:stream-response",
        Payload = JsonSerializer.SerializeToElement(new { seq }),
        CreatedAt = DateTimeOffset.UtcNow,
    };
}
