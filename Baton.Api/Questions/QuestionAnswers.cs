using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Contracts.Errors;
using Baton.Contracts.Permissions;

namespace Baton.Api.Questions;

/// <summary>
/// Claude's questions (the CLI's AskUserQuestion tool, which reaches Baton as a permission prompt) and a
/// person's answers to them. The CLI takes the answers as an allow whose updated input is the tool's
/// input plus <c>answers</c>, an object from each question's text to the chosen label, several labels
/// joined by ", ", or free text. An answer must answer exactly the questions asked.
/// </summary>
public static class QuestionAnswers
{
    public const string ToolName = "AskUserQuestion";
    public const int MaxAnswerLength = 2_000;
    private const string AnswersProperty = "answers";

    /// <summary>
    /// The answers in <paramref name="updatedInput"/>'s <c>answers</c>, in the order the questions were asked,
    /// and the input the CLI gets: what it asked with (never the browser's copy of it), plus those answers.
    /// </summary>
    public static (JsonElement UpdatedInput, IReadOnlyList<QuestionAnswer> Answers) Check(JsonElement asked, JsonElement? updatedInput)
    {
        if (updatedInput is not { ValueKind: JsonValueKind.Object } input
            || !input.TryGetProperty(AnswersProperty, out var given) || given.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("The answer must carry the answers to Claude's questions.");
        }

        var questions = QuestionsOf(asked);
        var byQuestion = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in given.EnumerateObject())
        {
            if (!questions.Contains(property.Name))
            {
                throw Invalid($"Claude did not ask \"{Excerpt(property.Name)}\".");
            }

            var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()!.Trim() : "";
            if (text.Length == 0)
            {
                throw Invalid($"The answer to \"{Excerpt(property.Name)}\" must be text that is not empty.");
            }

            if (text.Length > MaxAnswerLength)
            {
                throw Invalid($"The answer to \"{Excerpt(property.Name)}\" is longer than {MaxAnswerLength} characters.");
            }

            byQuestion[property.Name] = text;
        }

        if (questions.FirstOrDefault(question => !byQuestion.ContainsKey(question)) is { } unanswered)
        {
            throw Invalid($"\"{Excerpt(unanswered)}\" has no answer.");
        }

        var answers = questions.Select(question => new QuestionAnswer(question, byQuestion[question])).ToList();
        var updated = JsonSerializer.SerializeToNode(asked)!.AsObject();
        updated[AnswersProperty] = new JsonObject(answers.Select(answer => KeyValuePair.Create(answer.Question, (JsonNode?)answer.Answer)));
        return (JsonSerializer.SerializeToElement(updated), answers);
    }

    private static List<string> QuestionsOf(JsonElement asked) =>
        asked.ValueKind == JsonValueKind.Object && asked.TryGetProperty("questions", out var questions) && questions.ValueKind == JsonValueKind.Array
            ? [.. questions.EnumerateArray()
                .Where(question => question.ValueKind == JsonValueKind.Object && question.TryGetProperty("question", out var text) && text.ValueKind == JsonValueKind.String)
                .Select(question => question.GetProperty("question").GetString()!)
                .Distinct(StringComparer.Ordinal)]
            : [];

    private static Exception Invalid(string text) => HubErrors.Create(ErrorCodes.InvalidAnswer, text);

    private static string Excerpt(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
