using System.Text.Json;
using Baton.Api.Questions;

namespace Baton.Api.Push;

/// <summary>The words of each notification: short enough for a phone's lock screen, clear without opening Baton.</summary>
public sealed class PushNotices(PromptAnswerTokens tokens)
{
    private const string PlanToolName = "ExitPlanMode";
    private const int MaxBodyLength = 160;

    public PushNotice For(PushOccasion occasion, Guid userId, Guid projectId, string title)
    {
        var url = $"/projects/{projectId}/c/{occasion.ConversationId}";
        return occasion switch
        {
            PromptWaiting { Prompt: var prompt } when prompt.ToolName == QuestionAnswers.ToolName =>
                new PushNotice(title, Shorten($"Claude asks: {FirstQuestion(prompt.Input) ?? "a question"}"), url, $"prompt-{prompt.PromptId}", null),
            PromptWaiting { Prompt: var prompt } when prompt.ToolName == PlanToolName =>
                new PushNotice(title, "Claude has a plan for you to approve.", url, $"prompt-{prompt.PromptId}", null),
            PromptWaiting { Prompt: var prompt } => new PushNotice(
                title,
                Shorten($"Allow {prompt.ToolName}{Subject(prompt.Input)}?"),
                url,
                $"prompt-{prompt.PromptId}",
                new PushNoticeAnswer(prompt.PromptId, tokens.Issue(prompt.PromptId, userId, prompt.ExpiresAt))),
            RunFinished { Error: { } error } => new PushNotice(title, Shorten($"The run failed: {error.Message}"), url, $"run-{occasion.ConversationId}", null),
            RunFinished => new PushNotice(title, "Claude finished.", url, $"run-{occasion.ConversationId}", null),
            _ => throw new ArgumentOutOfRangeException(nameof(occasion)),
        };
    }

    /// <summary>What the tool acts on, where its input says: the command, the file or the address.</summary>
    private static string Subject(JsonElement input)
    {
        foreach (var name in (string[])["command", "file_path", "path", "url", "pattern"])
        {
            if (input.ValueKind == JsonValueKind.Object && input.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return $": {value.GetString()}";
            }
        }

        return "";
    }

    private static string? FirstQuestion(JsonElement input) =>
        input.ValueKind == JsonValueKind.Object && input.TryGetProperty("questions", out var questions)
        && questions.ValueKind == JsonValueKind.Array && questions.GetArrayLength() > 0
        && questions[0].ValueKind == JsonValueKind.Object && questions[0].TryGetProperty("question", out var question)
        && question.ValueKind == JsonValueKind.String
            ? question.GetString()
            : null;

    private static string Shorten(string text) =>
        text.Length <= MaxBodyLength ? text : string.Concat(text.AsSpan(0, MaxBodyLength - 1), "…");
}
