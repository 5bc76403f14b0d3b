using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Api.Data.Entities;
using Baton.Api.Endpoints.Auth;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Baton.Tests.Data;

/// <summary>
/// A person who ran the first release upgrades: the API of this version starts on their database,
/// migrates it, and shows their conversation as they left it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class UpgradeTests(ApiFixture app)
{
    // The schema of the first release.
    private const string PreviousRelease = "InitialCreate";

    private const string Email = "upgrader@baton.test";
    private const string Question = "Please write the release notes from the attached list.";
    private const string AttachmentName = "changes.txt";
    private const string Intro = "I'll write the notes.";
    private const string ToolName = "Write";
    private const string ToolResult = "File created successfully at: NOTES.md";
    private const string Answer = "Done: NOTES.md lists every change.";

    [Fact]
    public async Task A_conversation_stored_by_the_previous_release_reads_back_intact_after_the_api_migrates_its_database()
    {
        var connectionString = await BatonDatabase.ScratchConnectionStringAsync(app, "upgrade");
        await using var db = BatonDatabase.Open(connectionString);
        try
        {
            await db.GetService<IMigrator>().MigrateAsync(PreviousRelease);
            Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());
            var conversation = await StoreAsPreviousReleaseDidAsync(connectionString);

            using var api = await StandaloneApi.StartAsync(
                app, RepositoryPaths.BuildOutput("Baton.Api"), new Dictionary<string, string> { ["ConnectionStrings__baton"] = connectionString });
            using var client = await SignInAsync(api);
            // Read as JSON, not as this version's records: a later change of the content's shape keeps what is asserted here.
            var messages = await client.GetFromJsonAsync<JsonElement>($"/api/chat/messages/{conversation.Id}");
            var events = await client.GetFromJsonAsync<JsonElement>($"/api/chat/events/{conversation.Id}?afterSeq=0");

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(conversation.LastSeq, messages.GetProperty("lastSeq").GetInt64());
            Assert.Collection(
                messages.GetProperty("messages").EnumerateArray(),
                question =>
                {
                    Assert.Equal("user", question.GetProperty("role").GetString());
                    Assert.Equal(conversation.RunId, question.GetProperty("requestId").GetGuid());
                    Assert.Contains(Question, TextsIn(question));
                    Assert.Contains(AttachmentName, TextsIn(question));
                },
                answer =>
                {
                    Assert.Equal("assistant", answer.GetProperty("role").GetString());
                    Assert.Equal("completed", answer.GetProperty("status").GetString());
                    Assert.Equal(conversation.RunId, answer.GetProperty("requestId").GetGuid());
                    Assert.Equal(0.0123m, answer.GetProperty("costUsd").GetDecimal());
                    var shown = TextsIn(answer);
                    Assert.Contains(Intro, shown);
                    Assert.Contains(ToolName, shown);
                    Assert.Contains(ToolResult, shown);
                    Assert.Contains(Answer, shown);
                });
            var stored = events.GetProperty("events").EnumerateArray().ToList();
            Assert.Equal(Enumerable.Range(1, (int)conversation.LastSeq).Select(seq => (long)seq), stored.Select(e => e.GetProperty("seq").GetInt64()));
            Assert.Equal(conversation.LastSeq, events.GetProperty("lastSeq").GetInt64());
            var streamed = stored.SelectMany(TextsIn).ToList();
            Assert.Contains(Question, streamed);
            Assert.Contains(ToolName, streamed);
            Assert.Contains(ToolResult, streamed);
            Assert.Contains(Answer, streamed);
            Assert.Equal("chat:message-complete", stored[^1].GetProperty("type").GetString());
        }
        finally
        {
            await db.Database.EnsureDeletedAsync();
        }
    }

    /// <summary>
    /// Rows as the first release wrote them, in its own SQL, so that what this version's code would
    /// write instead cannot stand in for them: a user, a bridge, a project, an upload, one run with
    /// its question (text and attachment) and answer (text, a tool call and its result), and its events.
    /// </summary>
    private static async Task<OldConversation> StoreAsPreviousReleaseDidAsync(string connectionString)
    {
        var userId = Guid.CreateVersion7();
        var bridgeId = Guid.CreateVersion7();
        var projectId = Guid.CreateVersion7();
        var conversationId = Guid.CreateVersion7();
        var uploadId = Guid.CreateVersion7();
        var runId = Guid.CreateVersion7();
        var questionId = Guid.CreateVersion7();
        var answerId = Guid.CreateVersion7();
        var clientMessageId = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow.AddDays(-30);
        var passwordHash = new PasswordHasher<BatonUser>().HashPassword(new BatonUser(), ApiUser.Password);

        var questionContent = Json(
            new { type = "text", text = Question },
            new { type = "attachment", id = uploadId, name = AttachmentName, mediaType = "text/plain", size = 12 });
        var toolInput = new { file_path = "NOTES.md", content = "# Release notes" };
        var answerContent = Json(
            new { type = "text", text = Intro, cliMessageId = "msg_1", index = 0 },
            new { type = "tool_use", id = "toolu_1", name = ToolName, input = toolInput, cliMessageId = "msg_1", index = 1 },
            new { type = "tool_result", toolUseId = "toolu_1", content = ToolResult, isError = false },
            new { type = "text", text = Answer, cliMessageId = "msg_2", index = 0 });
        var usage = JsonSerializer.Serialize(new { input_tokens = 120, output_tokens = 48 });
        string[] events =
        [
            Stream(1, questionId, new { kind = "user_message", clientMessageId, content = Question, attachmentIds = new[] { uploadId } }),
            Stream(2, answerId, new { kind = "block_start", cliMessageId = "msg_1", index = 0, blockType = "text", toolUseId = (string?)null, name = (string?)null }),
            Stream(3, answerId, new { kind = "text_delta", cliMessageId = "msg_1", index = 0, text = Intro }),
            Stream(4, answerId, new { kind = "block_complete", cliMessageId = "msg_1", index = 0, block = new { type = "text", text = Intro } }),
            Stream(5, answerId, new { kind = "block_start", cliMessageId = "msg_1", index = 1, blockType = "tool_use", toolUseId = "toolu_1", name = ToolName }),
            Stream(6, answerId, new { kind = "block_complete", cliMessageId = "msg_1", index = 1, block = new { type = "tool_use", id = "toolu_1", name = ToolName, input = toolInput } }),
            Stream(7, answerId, new { kind = "tool_result", toolUseId = "toolu_1", content = ToolResult, isError = false }),
            Stream(8, answerId, new { kind = "block_complete", cliMessageId = "msg_2", index = 0, block = new { type = "text", text = Answer } }),
            JsonSerializer.Serialize(new
            {
                conversationId, seq = 9, requestId = runId, messageId = answerId, sessionId = "session-1", isError = false,
                usage = new { input_tokens = 120, output_tokens = 48 }, costUsd = 0.0123, durationMs = 4200,
            }),
        ];

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, """
            INSERT INTO users (id, created_at, user_name, normalized_user_name, email, normalized_email, email_confirmed, password_hash,
                security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
            VALUES (@user, @at, @email, @normalized, @email, @normalized, false, @hash, @stamp, @stamp, false, false, true, 0);
            INSERT INTO bridges (id, owner_id, name, token_hash, created_at, last_seen_at)
            VALUES (@bridge, @user, 'laptop', repeat('a', 64), @at, @at);
            INSERT INTO projects (id, owner_id, name, root_directory, bridge_id, created_at, updated_at)
            VALUES (@project, @user, 'release', '/home/upgrader/release', @bridge, @at, @at);
            INSERT INTO conversations (id, project_id, owner_id, title, claude_session_id, status, permission_mode, model, last_seq, created_at, updated_at)
            VALUES (@conversation, @project, @user, 'Release notes', 'session-1', 'Active', 'Default', NULL, 9, @at, @at);
            INSERT INTO uploads (id, owner_id, conversation_id, file_name, media_type, size, content, created_at)
            VALUES (@upload, @user, @conversation, @attachment, 'text/plain', 12, convert_to('fix: login', 'UTF8'), @at);
            INSERT INTO messages (id, conversation_id, role, content, status, created_at, updated_at)
            VALUES (@question, @conversation, 'User', @questionContent::jsonb, 'Completed', @at, @at);
            INSERT INTO messages (id, conversation_id, role, content, status, usage, cost_usd, duration_ms, created_at, updated_at)
            VALUES (@answer, @conversation, 'Assistant', @answerContent::jsonb, 'Completed', @usage::jsonb, 0.0123, 4200, @at, @at);
            INSERT INTO runs (id, conversation_id, user_message_id, assistant_message_id, bridge_id, client_message_id, status, permission_mode,
                last_bridge_seq, created_at, ended_at)
            VALUES (@run, @conversation, @question, @answer, @bridge, @clientMessage, 'Completed', 'Default', 12, @at, @at);
            INSERT INTO run_attachments (run_id, upload_id) VALUES (@run, @upload);
            """,
            new()
            {
                ["user"] = userId, ["bridge"] = bridgeId, ["project"] = projectId, ["conversation"] = conversationId, ["upload"] = uploadId,
                ["run"] = runId, ["question"] = questionId, ["answer"] = answerId, ["clientMessage"] = clientMessageId.ToString(),
                ["at"] = at, ["email"] = Email, ["normalized"] = Email.ToUpperInvariant(), ["hash"] = passwordHash,
                ["stamp"] = Guid.NewGuid().ToString(), ["attachment"] = AttachmentName, ["questionContent"] = questionContent,
                ["answerContent"] = answerContent, ["usage"] = usage,
            });
        for (var seq = 1; seq <= events.Length; seq++)
        {
            await ExecuteAsync(connection, """
                INSERT INTO conversation_events (conversation_id, seq, run_id, bridge_seq, type, payload, created_at)
                VALUES (@conversation, @seq, @run, NULL, @type, @payload::jsonb, @at)
                """,
                new()
                {
                    ["conversation"] = conversationId, ["seq"] = (long)seq, ["run"] = runId, ["at"] = at, ["payload"] = events[seq - 1],
                    ["type"] = seq == events.Length ? "chat:message-complete" : "chat:stream-response",
                });
        }

        await transaction.CommitAsync();
        return new OldConversation(conversationId, runId, events.Length);

        string Stream(long seq, Guid messageId, object streamEvent) =>
            JsonSerializer.Serialize(new { conversationId, seq, requestId = runId, messageId, @event = streamEvent });
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, Dictionary<string, object> parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    private static async Task<HttpClient> SignInAsync(StandaloneApi api)
    {
        var client = api.CreateHttpClient();
        using var response = await client.PostAsJsonAsync("/api/auth/sign-in", new SignInRequest(Email, ApiUser.Password), ApiJson.Options);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var tokens = await response.Content.ReadFromJsonAsync<AuthTokensResponse>(ApiJson.Options);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens!.AccessToken);
        return client;
    }

    private static string Json(params object[] blocks) => JsonSerializer.Serialize(blocks);

    /// <summary>
    /// Every string a message or event holds, wherever its shape puts it: what a person reads on
    /// screen, independent of how the JSON is laid out.
    /// </summary>
    private static List<string> TextsIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => [.. element.EnumerateArray().SelectMany(TextsIn)],
        JsonValueKind.Object => [.. element.EnumerateObject().SelectMany(property => TextsIn(property.Value))],
        _ => [],
    };

    private sealed record OldConversation(Guid Id, Guid RunId, long LastSeq);
}
