using System.Text.Json.Nodes;
using Baton.ScriptedModel.Conversation;
using Baton.ScriptedModel.Replies;

namespace Baton.ScriptedModel.Scenarios;

/// <summary>
/// The model asks the person two questions with the CLI's AskUserQuestion tool, one picking a single
/// option and one picking several, then answers by quoting the tool result the CLI sent back, so a
/// test sees exactly what reached the model.
/// </summary>
public static class QuestionScript
{
    public const string ToolName = "AskUserQuestion";
    public const string LanguageQuestion = "Which language should the example use?";
    public const string LanguageHeader = "Language";
    public const string SectionsQuestion = "Which sections should the README have?";
    public const string SectionsHeader = "Sections";
    public const string ReplyOpening = "Thanks, I have your answers.";
    public const string RefusalOpening = "You did not answer my questions.";

    public static readonly (string Label, string Description)[] Languages =
    [
        ("C#", "Runs on .NET, like Baton's server"),
        ("TypeScript", "Runs in the browser, like Baton's web app"),
    ];

    public static readonly (string Label, string Description)[] Sections =
    [
        ("Install", "How to install it"),
        ("Usage", "How to use it, with examples"),
        ("License", "The terms it is shared under"),
    ];

    public static IReadOnlyList<ReplyBlock> Answer(MessagesRequest request) => request.PendingToolResult switch
    {
        null => [new TextBlock("Two questions before I start."), Ask()],
        { IsError: true } refused => [new TextBlock($"{RefusalOpening} The tool said: {refused.Content}")],
        { } answered => [new TextBlock($"{ReplyOpening} The tool said: {answered.Content}")],
    };

    private static ToolUseBlock Ask() => new($"toolu_scripted_{Guid.NewGuid():N}", ToolName, new JsonObject
    {
        ["questions"] = new JsonArray(
            Question(LanguageQuestion, LanguageHeader, Languages, multiSelect: false),
            Question(SectionsQuestion, SectionsHeader, Sections, multiSelect: true)),
    });

    private static JsonObject Question(string question, string header, (string Label, string Description)[] options, bool multiSelect) => new()
    {
        ["question"] = question,
        ["header"] = header,
        ["options"] = new JsonArray([.. options.Select(option => new JsonObject { ["label"] = option.Label, ["description"] = option.Description })]),
        ["multiSelect"] = multiSelect,
    };
}
