using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Api.Conversations;
using Baton.Api.Data.Entities;
using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Messages;
using Baton.Contracts.Permissions;
using Baton.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Tests.Http;

/// <summary>A conversation downloaded whole: as Markdown to read, as JSON in the typed blocks history holds.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExportTests(ApiFixture app)
{
    private static readonly IReadOnlyList<MessageBlock> Question =
    [
        new TextBlock("Rename the greeting"),
        new AttachmentBlock(Guid.NewGuid(), "notes.txt", "text/plain", 17),
    ];

    private static readonly IReadOnlyList<MessageBlock> Answer =
    [
        new ThinkingBlock("Edit the file.") { CliMessageId = "msg_1", Index = 0 },
        new ToolUseBlock("toolu_1", "Edit")
        {
            Input = JsonSerializer.SerializeToElement(new { file_path = "hello.txt", old_string = "Hello", new_string = "Hi" }),
            CliMessageId = "msg_1",
            Index = 1,
        },
        new PermissionBlock(Guid.NewGuid(), "Edit", "toolu_1", JsonSerializer.SerializeToElement(new { }), [], DateTimeOffset.UtcNow)
        {
            Decision = PermissionDecision.Allow,
            By = ResolvedBy.User,
        },
        new ToolResultBlock("toolu_1", JsonSerializer.SerializeToElement("The file has ``` fences"), false),
        new PermissionBlock(Guid.NewGuid(), "AskUserQuestion", "toolu_2", JsonSerializer.SerializeToElement(new { }), [], DateTimeOffset.UtcNow)
        {
            Decision = PermissionDecision.Allow,
            By = ResolvedBy.User,
            Answers = [new QuestionAnswer("Which greeting?", "Hi"), new QuestionAnswer("Which files?", "hello.txt, notes.txt")],
        },
        new TextBlock("Done: it says Hi now.") { CliMessageId = "msg_2", Index = 0 },
    ];

    [Fact]
    public async Task Markdown_shows_the_messages_the_edit_as_a_diff_and_how_each_prompt_was_answered()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var conversation = await user.CreateConversationAsync((await user.CreateProjectAsync()).Id, "Greeting: v2!");
        await StoreAsync(conversation.Id);

        using var response = await user.Client.GetAsync($"/api/chat/conversation/{conversation.Id}/export?format=markdown");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("greeting-v2.md", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Greeting: v2!\n", markdown);
        Assert.Contains("## You\n\nRename the greeting\n\nAttached: `notes.txt` (text/plain, 17 bytes)", markdown);
        Assert.Contains("**Tool: Edit**\n\n`hello.txt`\n\n```diff\n-Hello\n+Hi\n```", markdown);
        Assert.Contains("_Permission to use Edit: allowed by you_", markdown);
        Assert.Contains("_You answered Claude's questions:_\n\n- **Which greeting?** Hi\n- **Which files?** hello.txt, notes.txt", markdown);
        // The result holds three backticks, so its fence takes four.
        Assert.Contains("````text\nThe file has ``` fences\n````", markdown);
        Assert.Contains("Done: it says Hi now.\n\n_completed · 2.5 s · $0.0123_", markdown);
    }

    [Fact]
    public async Task Json_holds_every_message_in_typed_blocks()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var conversation = await user.CreateConversationAsync((await user.CreateProjectAsync()).Id, "Typed");
        await StoreAsync(conversation.Id);

        using var response = await user.Client.GetAsync($"/api/chat/conversation/{conversation.Id}/export?format=json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("typed.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var export = JsonSerializer.Deserialize<ConversationExport>(await response.Content.ReadAsStringAsync(), ApiJson.Options)!;
        Assert.Equal(conversation.Id, export.Conversation.Id);
        Assert.Equal([MessageRole.User, MessageRole.Assistant], export.Messages.Select(m => m.Role));
        // Compared as JSON values: jsonb keeps an object's keys in an order of its own.
        Assert.True(JsonNode.DeepEquals(Json(Question), Json(export.Messages[0].Content)), $"{Json(export.Messages[0].Content)}");
        Assert.True(JsonNode.DeepEquals(Json(Answer), Json(export.Messages[1].Content)), $"{Json(export.Messages[1].Content)}");
    }

    [Fact]
    public async Task Another_users_conversation_is_not_found_and_an_unknown_format_is_refused()
    {
        using var owner = await ApiUser.SignUpAsync(app);
        using var stranger = await ApiUser.SignUpAsync(app);
        var conversation = await owner.CreateConversationAsync((await owner.CreateProjectAsync()).Id);

        using var foreign = await stranger.Client.GetAsync($"/api/chat/conversation/{conversation.Id}/export?format=json");
        using var unknown = await owner.Client.GetAsync($"/api/chat/conversation/{conversation.Id}/export?format=pdf");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        await ProblemAssert.IsValidationProblemAsync(unknown, "format");
    }

    private async Task StoreAsync(Guid conversationId)
    {
        await using var db = await BatonDatabase.OpenAsync(app);
        var at = DateTimeOffset.UtcNow;
        var question = BatonDatabase.NewMessage(conversationId, MessageRole.User, "", at);
        question.Content = MessageContent.ToJson(Question);
        db.Messages.Add(question);
        await db.SaveChangesAsync();
        var answer = BatonDatabase.NewMessage(conversationId, MessageRole.Assistant, "", at.AddSeconds(1));
        answer.Content = MessageContent.ToJson(Answer);
        answer.DurationMs = 2500;
        answer.CostUsd = 0.0123m;
        db.Messages.Add(answer);
        await db.SaveChangesAsync();
    }

    private static JsonNode? Json(IReadOnlyList<MessageBlock> blocks) => JsonSerializer.SerializeToNode(blocks, ApiJson.Options);
}
