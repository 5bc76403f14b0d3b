using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Contracts.Chat;
using Baton.Contracts.Messages;
using Baton.Contracts.Permissions;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Baton.Tests.Data;

/// <summary>
/// Content stored before messages had a typed contract reads as typed blocks once the
/// <c>TypedMessageContent</c> migration has run: nothing a person saw is lost.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ContentMigrationTests(ApiFixture app)
{
    private const string PreviousMigration = "20261202114150_AddInvitations";

    [Fact]
    public async Task Content_stored_in_the_old_shapes_reads_as_typed_blocks_after_the_migration()
    {
        await using var db = BatonDatabase.Open(await BatonDatabase.ScratchConnectionStringAsync(app, "content"));
        try
        {
            await db.Database.GetService<IMigrator>().MigrateAsync(PreviousMigration);
            var conversationId = await StoreConversationAsync(db);
            var question = await InsertMessageAsync(db, conversationId, MessageRole.User, """
                [{"type":"text","text":"What is in these?"},
                 {"type":"attachment","id":"0b7e6f2e-5d1c-4a53-9a59-43a4f5f6b0a1","name":"notes.txt","mediaType":"text/plain","size":5},
                 {"type":"attachment","id":"1c8f7a3f-6e2d-4b64-8b6a-54b5a6a7c1b2","name":"shot.png","mediaType":"image/png","size":2048}]
                """);
            var answer = await InsertMessageAsync(db, conversationId, MessageRole.Assistant, """
                [{"type":"thinking","thinking":"Look first.","signature":"c2ln","cliMessageId":"msg_1","index":0},
                 {"type":"tool_use","id":"toolu_1","name":"Read","input":{"file_path":"notes.txt"},"cliMessageId":"msg_1","index":1},
                 {"type":"permission","promptId":"2d9a8b4a-7f3e-4c75-9c6b-65c6b7b8d2c3","toolName":"Read","toolUseId":"toolu_1","input":{},"suggestions":[],
                  "expiresAt":"2026-12-01T10:00:00+00:00","status":"resolved","decision":"allow","by":"user"},
                 {"type":"tool_result","toolUseId":"toolu_1","content":"hello","isError":false},
                 {"type":"server_tool_use","id":"srvtoolu_1","name":"web_search","cliMessageId":"msg_2","index":0},
                 {"type":"text","text":"Your notes say hello.","cliMessageId":"msg_2","index":1},
                 {"type":"error","code":"cli_failed","message":"It stopped."}]
                """);
            const string oldBlockComplete = """
                {"conversationId":"00000000-0000-0000-0000-000000000000","seq":1,
                 "event":{"kind":"block_complete","cliMessageId":"msg_2","index":0,"block":{"type":"server_tool_use","id":"srvtoolu_1"}}}
                """;
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO conversation_events (conversation_id, seq, type, payload, created_at)
                VALUES ({conversationId}, 1, 'chat:stream-response', {oldBlockComplete}::jsonb, now())
                """);
            var oldUserMessage = $$$"""
                {"conversationId":"{{{conversationId}}}","seq":2,"messageId":"{{{question}}}",
                 "event":{"kind":"user_message","clientMessageId":"{{{Guid.NewGuid()}}}","content":"What is in these?",
                          "attachmentIds":["0b7e6f2e-5d1c-4a53-9a59-43a4f5f6b0a1","1c8f7a3f-6e2d-4b64-8b6a-54b5a6a7c1b2"]}}
                """;
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO conversation_events (conversation_id, seq, type, payload, created_at)
                VALUES ({conversationId}, 2, 'chat:stream-response', {oldUserMessage}::jsonb, now())
                """);

            await db.Database.MigrateAsync();

            Assert.Equal(
                [new TextBlock("What is in these?"), new AttachmentBlock(Guid.Parse("0b7e6f2e-5d1c-4a53-9a59-43a4f5f6b0a1"), "notes.txt", "text/plain", 5),
                 new AttachmentBlock(Guid.Parse("1c8f7a3f-6e2d-4b64-8b6a-54b5a6a7c1b2"), "shot.png", "image/png", 2048)],
                await ReadContentAsync(db, question));
            var blocks = await ReadContentAsync(db, answer);
            Assert.Equal(new ThinkingBlock("Look first.") { CliMessageId = "msg_1", Index = 0 }, blocks[0]);
            var tool = Assert.IsType<ToolUseBlock>(blocks[1]);
            Assert.Equal(("toolu_1", "Read", "notes.txt"), (tool.Id, tool.Name, tool.Input!.Value.GetProperty("file_path").GetString()));
            var permission = Assert.IsType<PermissionBlock>(blocks[2]);
            Assert.Equal((PermissionDecision.Allow, ResolvedBy.User), (permission.Decision, permission.By));
            Assert.Equal("hello", Assert.IsType<ToolResultBlock>(blocks[3]).Content.GetString());
            var other = Assert.IsType<OtherBlock>(blocks[4]);
            Assert.Equal(("server_tool_use", "msg_2", 0, "srvtoolu_1"), (other.CliType, other.CliMessageId, other.Index!.Value, other.Raw.GetProperty("id").GetString()));
            Assert.Equal(new TextBlock("Your notes say hello.") { CliMessageId = "msg_2", Index = 1 }, blocks[5]);
            Assert.Equal(new ErrorBlock("cli_failed", "It stopped."), blocks[6]);
            var logged = await db.ConversationEvents.Where(e => e.ConversationId == conversationId).OrderBy(e => e.Seq).ToListAsync();
            var replayed = logged.Select(e => Assert.IsType<ChatStreamResponse>(ChatEvents.Deserialize(e.Type, e.Payload)).Event).ToList();
            Assert.Equal("server_tool_use", Assert.IsType<OtherBlock>(Assert.IsType<BlockCompleteEvent>(replayed[0]).Block).CliType);
            Assert.Equal(
                [("notes.txt", "text/plain"), ("shot.png", "image/png")],
                Assert.IsType<UserMessageEvent>(replayed[1]).Attachments.Select(attachment => (attachment.Name, attachment.MediaType)));
        }
        finally
        {
            await db.Database.EnsureDeletedAsync();
        }
    }

    private static async Task<Guid> StoreConversationAsync(BatonDbContext db)
    {
        var now = DateTimeOffset.UtcNow;
        var user = new BatonUser { Id = Guid.NewGuid(), UserName = "old@baton.test", Email = "old@baton.test", CreatedAt = now };
        db.Add(user);
        await db.SaveChangesAsync();
        // Bridges and conversations in SQL, as the schema of that migration has them: their entities have columns added since.
        var bridgeId = Guid.NewGuid();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO bridges (id, owner_id, name, token_hash, created_at) VALUES ({bridgeId}, {user.Id}, 'laptop', 'hash', {now})
            """);
        var project = new Project { Id = Guid.NewGuid(), OwnerId = user.Id, Name = "app", RootDirectory = "/srv/app", BridgeId = bridgeId, CreatedAt = now, UpdatedAt = now };
        db.Add(project);
        await db.SaveChangesAsync();
        var conversationId = Guid.NewGuid();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO conversations (id, project_id, owner_id, title, status, permission_mode, last_seq, created_at, updated_at)
            VALUES ({conversationId}, {project.Id}, {user.Id}, 'Old', 'Active', 'Default', 0, {now}, {now})
            """);
        return conversationId;
    }

    private static async Task<Guid> InsertMessageAsync(BatonDbContext db, Guid conversationId, MessageRole role, string content)
    {
        var id = Guid.CreateVersion7();
        var at = DateTimeOffset.UtcNow;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO messages (id, conversation_id, role, content, status, created_at, updated_at)
            VALUES ({id}, {conversationId}, {role.ToString()}, {content}::jsonb, 'Completed', {at}, {at})
            """);
        return id;
    }

    private static async Task<IReadOnlyList<MessageBlock>> ReadContentAsync(BatonDbContext db, Guid messageId) =>
        MessageContent.Read((await db.Messages.AsNoTracking().SingleAsync(m => m.Id == messageId)).Content);
}
