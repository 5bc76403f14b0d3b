using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Baton.Api.Conversations;
using Baton.Api.Data.Entities;
using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Permissions;
using Baton.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class ConversationsTests(ApiFixture app)
{
    [Fact]
    public async Task Conversation_is_created_with_its_defaults_and_read_back()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();

        var created = await user.PostAsync<ConversationResponse>(
            "/api/chat/conversations", new CreateConversationRequest(project.Id, "Fix the build", PermissionMode.AcceptEdits, "sonnet"));
        var read = await user.GetAsync<ConversationResponse>($"/api/chat/conversation/{created.Id}");
        var untitled = await user.CreateConversationAsync(project.Id);

        Assert.Equal(created, read);
        Assert.Equal(("Fix the build", ConversationStatus.Active, PermissionMode.AcceptEdits, "sonnet", 0L),
            (read.Title, read.Status, read.PermissionMode, read.Model, read.LastSeq));
        Assert.Equal((ConversationTitle.Default, PermissionMode.Default, (string?)null),
            (untitled.Title, untitled.PermissionMode, untitled.Model));
    }

    [Fact]
    public async Task Permission_mode_travels_as_the_cli_spells_it()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();

        using var response = await user.Client.PostAsync("/api/chat/conversations", new StringContent(
            $$"""{"projectId":"{{project.Id}}","permissionMode":"bypassPermissions"}""", Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("\"permissionMode\":\"bypassPermissions\"", body);
        Assert.Contains("\"status\":\"active\"", body);
    }

    [Fact]
    public async Task Conversation_is_renamed_archived_and_unarchived()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();
        var conversation = await user.CreateConversationAsync(project.Id);

        var renamed = await PatchAsync(user, conversation.Id, new UpdateConversationRequest("Renamed", null));
        var archived = await PatchAsync(user, conversation.Id, new UpdateConversationRequest(null, ConversationStatus.Archived));
        var unarchived = await PatchAsync(user, conversation.Id, new UpdateConversationRequest(null, ConversationStatus.Active));

        Assert.Equal(("Renamed", ConversationStatus.Active), (renamed.Title, renamed.Status));
        Assert.Equal(("Renamed", ConversationStatus.Archived), (archived.Title, archived.Status));
        Assert.Equal(ConversationStatus.Active, unarchived.Status);
    }

    [Theory]
    [InlineData("{}", "request")]
    [InlineData("{\"title\":\"\"}", "title")]
    public async Task Update_without_a_change_or_with_an_empty_title_is_a_validation_problem(string body, string field)
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();
        var conversation = await user.CreateConversationAsync(project.Id);

        using var response = await user.Client.PatchAsync(
            $"/api/chat/conversation/{conversation.Id}", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Theory]
    [InlineData("Title\\u0000with NUL")]
    [InlineData("Two\\nlines")]
    public async Task A_title_with_control_characters_is_a_validation_problem_when_created_or_renamed(string jsonTitle)
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();
        var conversation = await user.CreateConversationAsync(project.Id);

        using var created = await user.Client.PostAsync(
            "/api/chat/conversations", new StringContent($"{{\"projectId\":\"{project.Id}\",\"title\":\"{jsonTitle}\"}}", Encoding.UTF8, "application/json"));
        using var renamed = await user.Client.PatchAsync(
            $"/api/chat/conversation/{conversation.Id}", new StringContent($"{{\"title\":\"{jsonTitle}\"}}", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsValidationProblemAsync(created, "title");
        await ProblemAssert.IsValidationProblemAsync(renamed, "title");
    }

    [Fact]
    public async Task Update_with_an_unknown_status_is_a_bad_request()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();
        var conversation = await user.CreateConversationAsync(project.Id);

        using var response = await user.Client.PatchAsync(
            $"/api/chat/conversation/{conversation.Id}", new StringContent("{\"status\":\"deleted\"}", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Conversation_with_a_model_name_that_is_not_one_is_a_validation_problem()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();

        using var response = await user.Client.PostAsJsonAsync(
            "/api/chat/conversations", new CreateConversationRequest(project.Id, null, null, "--dangerous flag"), ApiJson.Options);

        await ProblemAssert.IsValidationProblemAsync(response, "model");
    }

    [Fact]
    public async Task Conversations_are_listed_most_recently_changed_first_in_pages()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();
        var first = await user.CreateConversationAsync(project.Id, "first");
        await user.CreateConversationAsync(project.Id, "second");
        await user.CreateConversationAsync(project.Id, "third");
        await PatchAsync(user, first.Id, new UpdateConversationRequest("first, touched", null));

        var page1 = await user.GetAsync<ConversationPage>($"/api/chat/conversations/{project.Id}?page=1&pageSize=2");
        var page2 = await user.GetAsync<ConversationPage>($"/api/chat/conversations/{project.Id}?page=2&pageSize=2");
        var beyond = await user.GetAsync<ConversationPage>($"/api/chat/conversations/{project.Id}?page=3&pageSize=2");

        Assert.Equal(["first, touched", "third"], page1.Items.Select(c => c.Title));
        Assert.Equal(["second"], page2.Items.Select(c => c.Title));
        Assert.Empty(beyond.Items);
        Assert.All([page1, page2, beyond], page => Assert.Equal(3, page.TotalCount));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task Paging_out_of_range_is_a_validation_problem(string query, string field)
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();

        using var response = await user.Client.GetAsync($"/api/chat/conversations/{project.Id}?{query}");

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task Paging_with_a_page_that_is_not_a_number_is_a_bad_request()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();

        using var response = await user.Client.GetAsync($"/api/chat/conversations/{project.Id}?page=first");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_conversation_and_project_ids_are_not_found()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var unknown = Guid.NewGuid();

        using var create = await user.Client.PostAsJsonAsync("/api/chat/conversations", new CreateConversationRequest(unknown, null, null, null), ApiJson.Options);
        using var list = await user.Client.GetAsync($"/api/chat/conversations/{unknown}");
        using var get = await user.Client.GetAsync($"/api/chat/conversation/{unknown}");
        using var patch = await user.Client.PatchAsJsonAsync($"/api/chat/conversation/{unknown}", new UpdateConversationRequest("x", null), ApiJson.Options);
        using var delete = await user.Client.DeleteAsync($"/api/chat/conversation/{unknown}");

        foreach (var response in new[] { create, list, get, patch, delete })
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Deleting_a_conversation_removes_its_messages_events_runs_and_uploads()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();
        var conversation = await user.CreateConversationAsync(project.Id);
        var upload = await user.UploadAsync("data"u8.ToArray(), conversationId: conversation.Id);
        var run = await BatonDatabase.InsertRunAsync(app, conversation.Id, project.BridgeId, upload.Id);
        await StoreAbortedEventAsync(conversation.Id, run.Id);

        using var delete = await user.Client.DeleteAsync($"/api/chat/conversation/{conversation.Id}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await using var check = await BatonDatabase.OpenAsync(app);
        Assert.False(await check.Messages.AnyAsync(m => m.ConversationId == conversation.Id));
        Assert.False(await check.ConversationEvents.AnyAsync(e => e.ConversationId == conversation.Id));
        Assert.False(await check.Runs.AnyAsync(r => r.ConversationId == conversation.Id));
        Assert.False(await check.Uploads.AnyAsync(u => u.Id == upload.Id));
    }

    [Fact]
    public async Task Deleting_a_project_removes_its_conversations_and_their_events()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();
        var conversation = await user.CreateConversationAsync(project.Id);
        var run = await BatonDatabase.InsertRunAsync(app, conversation.Id, project.BridgeId);
        await StoreAbortedEventAsync(conversation.Id, run.Id);

        using var delete = await user.Client.DeleteAsync($"/api/projects/{project.Id}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await using var check = await BatonDatabase.OpenAsync(app);
        Assert.False(await check.Conversations.AnyAsync(c => c.Id == conversation.Id));
        Assert.False(await check.ConversationEvents.AnyAsync(e => e.ConversationId == conversation.Id));
    }

    /// <summary>An event in the conversation's log, as a run's abort leaves it.</summary>
    private async Task StoreAbortedEventAsync(Guid conversationId, Guid runId)
    {
        await using var db = await BatonDatabase.OpenAsync(app);
        db.ConversationEvents.Add(new ConversationLogEntry
        {
            ConversationId = conversationId,
            Seq = 1,
            RunId = runId,
            Type = "chat:aborted",
            Payload = JsonSerializer.SerializeToElement(new { requestId = runId }),
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    private static async Task<ConversationResponse> PatchAsync(ApiUser user, Guid id, UpdateConversationRequest request)
    {
        using var response = await user.Client.PatchAsJsonAsync($"/api/chat/conversation/{id}", request, ApiJson.Options);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ConversationResponse>(ApiJson.Options))!;
    }
}
