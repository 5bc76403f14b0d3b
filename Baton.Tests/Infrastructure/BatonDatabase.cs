using System.Text.Json;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Baton.Tests.Infrastructure;

/// <summary>
/// Direct access to the app's PostgreSQL database, to arrange what later issues write through the
/// real-time path (runs, messages, events) and to check what the API stored.
/// </summary>
public static class BatonDatabase
{
    public static async Task<BatonDbContext> OpenAsync(BatonAppFixture app, string database = "baton")
    {
        var connectionString = await app.GetConnectionStringAsync(database)
            ?? throw new InvalidOperationException($"No connection string for '{database}'.");
        return Open(connectionString);
    }

    /// <summary>
    /// The connection string of a database of its own on the app's PostgreSQL, named after <paramref name="purpose"/>.
    /// It does not exist until migrated or created; unpooled, so dropping it afterwards is not blocked.
    /// </summary>
    public static async Task<string> ScratchConnectionStringAsync(BatonAppFixture app, string purpose)
    {
        var server = await app.GetConnectionStringAsync("baton") ?? throw new InvalidOperationException("No connection string for 'baton'.");
        return new NpgsqlConnectionStringBuilder(server) { Database = $"baton_{purpose}_{Guid.NewGuid():N}", Pooling = false }.ConnectionString;
    }

    public static BatonDbContext Open(string connectionString)
    {
        var options = new DbContextOptionsBuilder<BatonDbContext>().UseNpgsql(connectionString);
        BatonDbContext.ConfigureOptions(options);
        return new BatonDbContext(options.Options);
    }

    public static Message NewMessage(Guid conversationId, MessageRole role, string text, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        ConversationId = conversationId,
        Role = role,
        Content = JsonSerializer.SerializeToElement(new[] { new { type = "text", text } }),
        Status = MessageStatus.Completed,
        CreatedAt = at,
        UpdatedAt = at,
    };

    /// <summary>Stores a finished run with its two messages, sent to <paramref name="bridgeId"/> with these attachments.</summary>
    public static async Task<Run> InsertRunAsync(BatonAppFixture app, Guid conversationId, Guid bridgeId, params Guid[] attachmentIds)
    {
        await using var db = await OpenAsync(app);
        var now = DateTimeOffset.UtcNow;
        var user = NewMessage(conversationId, MessageRole.User, "Look at this", now);
        var assistant = NewMessage(conversationId, MessageRole.Assistant, "Done", now);
        var run = new Run
        {
            Id = Guid.CreateVersion7(),
            ConversationId = conversationId,
            UserMessageId = user.Id,
            AssistantMessageId = assistant.Id,
            BridgeId = bridgeId,
            ClientMessageId = Guid.NewGuid().ToString(),
            Status = RunStatus.Completed,
            CreatedAt = now,
            EndedAt = now,
            Attachments = [.. attachmentIds.Select(id => new StoredAttachment { UploadId = id })],
        };
        // One save each, so the user message comes first in history.
        db.Messages.Add(user);
        await db.SaveChangesAsync();
        db.Messages.Add(assistant);
        db.Runs.Add(run);
        await db.SaveChangesAsync();
        return run;
    }
}
