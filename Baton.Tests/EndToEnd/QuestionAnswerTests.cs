using System.Text.Json;
using Baton.Api.Endpoints.Chat;
using Baton.Api.Endpoints.Projects;
using Baton.Api.Hubs;
using Baton.Api.Questions;
using Baton.Contracts.Chat;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Messages;
using Baton.Contracts.Permissions;
using Baton.ScriptedModel.Scenarios;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.EndToEnd;

/// <summary>
/// Claude's questions (the real CLI's AskUserQuestion tool, asked by the scripted model): answered from a
/// tab, checked against the questions asked, delivered to the model, stored on the prompt, answered once.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class QuestionAnswerTests(FullAppFixture app)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Answers_reach_the_model_and_every_tab_are_stored_with_the_prompt_and_a_second_answer_is_refused()
    {
        using var user = await ApiUser.SignInAsync(app, app.SeedEmail, app.SeedPassword);
        var playground = (await user.GetAsync<List<ProjectResponse>>("/api/projects")).Single(project => project.Name == "playground");
        var conversation = await user.CreateConversationAsync(playground.Id);
        await using var tab = await TestBrowser.ConnectAsync(app, "api", user.Tokens.AccessToken);
        await using var otherTab = await TestBrowser.ConnectAsync(app, "api", user.Tokens.AccessToken);
        await tab.JoinAsync(conversation.Id);
        await otherTab.JoinAsync(conversation.Id);

        var sent = await tab.SendAsync(conversation.Id, "questions");
        var prompt = await tab.Events.WaitForAsync<InteractivePrompt>(p => p.RequestId == sent.RequestId, RunTimeout);
        Assert.Equal(QuestionAnswers.ToolName, prompt.ToolName);
        var asked = prompt.Input.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal([QuestionScript.LanguageQuestion, QuestionScript.SectionsQuestion], asked.Select(q => q.GetProperty("question").GetString()));
        Assert.Equal([false, true], asked.Select(q => q.GetProperty("multiSelect").GetBoolean()));

        var answers = new Dictionary<string, string>
        {
            [QuestionScript.LanguageQuestion] = "TypeScript",
            [QuestionScript.SectionsQuestion] = "Install, Usage",
        };
        await tab.InvokeAsync(WireEvents.PermissionResponse, Allow(prompt, answers));

        foreach (var watcher in new[] { tab, otherTab })
        {
            var resolved = await watcher.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == prompt.PromptId);
            Assert.Equal((PermissionDecision.Allow, ResolvedBy.User), (resolved.Decision, resolved.By));
            Assert.Equal(answers.Select(a => new QuestionAnswer(a.Key, a.Value)), resolved.Answers!);
        }

        var completed = await tab.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId, RunTimeout);
        Assert.False(completed.IsError, app.Logs.Tail("bridge"));
        var stored = (await user.GetAsync<MessagePage>($"/api/chat/messages/{conversation.Id}")).Messages.Single(m => m.Id == sent.AssistantMessageId);
        var reply = string.Concat(stored.Content.OfType<TextBlock>().Select(block => block.Text));
        // What the CLI told the model, quoted back by the scripted model.
        Assert.Contains(QuestionScript.ReplyOpening, reply, StringComparison.Ordinal);
        Assert.Contains($"\"{QuestionScript.LanguageQuestion}\"=\"TypeScript\"", reply, StringComparison.Ordinal);
        Assert.Contains($"\"{QuestionScript.SectionsQuestion}\"=\"Install, Usage\"", reply, StringComparison.Ordinal);
        var block = stored.Content.OfType<PermissionBlock>().Single();
        Assert.Equal(answers.Select(a => new QuestionAnswer(a.Key, a.Value)), block.Answers!);

        var again = await Assert.ThrowsAsync<HubException>(() => otherTab.InvokeAsync(WireEvents.PermissionResponse, Allow(prompt, answers)));
        Assert.Equal(ErrorCodes.PromptAlreadyAnswered, HubErrors.ExtractCode(again));
    }

    [Fact]
    public async Task An_answer_that_does_not_answer_the_questions_asked_is_refused_and_the_prompt_still_waits()
    {
        using var user = await ApiUser.SignInAsync(app, app.SeedEmail, app.SeedPassword);
        var playground = (await user.GetAsync<List<ProjectResponse>>("/api/projects")).Single(project => project.Name == "playground");
        var conversation = await user.CreateConversationAsync(playground.Id);
        await using var tab = await TestBrowser.ConnectAsync(app, "api", user.Tokens.AccessToken);
        await tab.JoinAsync(conversation.Id);
        var sent = await tab.SendAsync(conversation.Id, "questions");
        var prompt = await tab.Events.WaitForAsync<InteractivePrompt>(p => p.RequestId == sent.RequestId, RunTimeout);

        Dictionary<string, string>[] invalid =
        [
            new() { [QuestionScript.LanguageQuestion] = "C#" },
            new() { [QuestionScript.LanguageQuestion] = "C#", [QuestionScript.SectionsQuestion] = "Usage", ["Which colour?"] = "Blue" },
            new() { [QuestionScript.LanguageQuestion] = "C#", [QuestionScript.SectionsQuestion] = "  " },
            new() { [QuestionScript.LanguageQuestion] = new string('x', QuestionAnswers.MaxAnswerLength + 1), [QuestionScript.SectionsQuestion] = "Usage" },
        ];
        foreach (var answers in invalid)
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => tab.InvokeAsync(WireEvents.PermissionResponse, Allow(prompt, answers)));
            Assert.Equal(ErrorCodes.InvalidAnswer, HubErrors.ExtractCode(refused));
        }

        var withoutAnswers = await Assert.ThrowsAsync<HubException>(() => tab.InvokeAsync(WireEvents.PermissionResponse,
            new PermissionResponse(prompt.PromptId, PermissionDecision.Allow, null, null, null, null)));
        Assert.Equal(ErrorCodes.InvalidAnswer, HubErrors.ExtractCode(withoutAnswers));

        // Declining is a deny, which needs no answers; the model hears its questions went unanswered.
        await tab.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(prompt.PromptId, PermissionDecision.Deny, null, null, null, null));
        var resolved = await tab.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == prompt.PromptId);
        Assert.Equal((PermissionDecision.Deny, ResolvedBy.User, null), (resolved.Decision, resolved.By, resolved.Answers));
        var completed = await tab.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId, RunTimeout);
        Assert.False(completed.IsError, app.Logs.Tail("bridge"));
        var stored = (await user.GetAsync<MessagePage>($"/api/chat/messages/{conversation.Id}")).Messages.Single(m => m.Id == sent.AssistantMessageId);
        Assert.Contains(QuestionScript.RefusalOpening, string.Concat(stored.Content.OfType<TextBlock>().Select(block => block.Text)), StringComparison.Ordinal);
    }

    /// <summary>An allow as the web app sends it: the tool's input as asked, plus the answers.</summary>
    private static PermissionResponse Allow(InteractivePrompt prompt, Dictionary<string, string> answers)
    {
        var input = JsonSerializer.SerializeToNode(prompt.Input, WireJson.Options)!.AsObject();
        input["answers"] = JsonSerializer.SerializeToNode(answers);
        return new PermissionResponse(prompt.PromptId, PermissionDecision.Allow, null, JsonSerializer.SerializeToElement(input), null, null);
    }
}
