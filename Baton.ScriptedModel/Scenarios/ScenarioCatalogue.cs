using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Baton.ScriptedModel.Conversation;
using Baton.ScriptedModel.Replies;
using Microsoft.Extensions.Options;

namespace Baton.ScriptedModel.Scenarios;

/// <summary>
/// Every scripted scenario, in the order they are tried against the last text the person
/// typed: the first with a trigger in it answers, anything else gets the default answer.
/// A request that reports a tool's result is answered with what the tool said instead.
/// </summary>
public sealed partial class ScenarioCatalogue
{
    public const string DefaultFileName = "hello.txt";

    /// <summary>Writes a file, so the CLI asks first: it runs read-only commands such as a bare echo without asking.</summary>
    public const string DefaultCommand = "echo hello from baton | tee hello-from-baton.txt";
    private const int ToolResultExcerptLength = 200;
    private const int LongAnswerParts = 9;

    /// <summary>About 630 words: some 30 seconds at the default pace, time enough to press Stop even on a busy machine.</summary>
    private static readonly string LongAnswer = string.Join("\n\n", Enumerable.Range(1, LongAnswerParts).Select(part =>
        $"**Part {part} of {LongAnswerParts}.** This is a deliberately long answer, streamed one word at a time so that "
        + "there is time to press Stop before it ends. Baton passes every word from the Claude Code CLI "
        + "to each browser watching this conversation, and a stop request travels back to the bridge, "
        + "which interrupts the CLI in the middle of a sentence. Whatever arrived before the stop stays "
        + "in the conversation."));

    private readonly TimeSpan _chunkDelay;
    private readonly TimeSpan _longChunkDelay;

    public ScenarioCatalogue(IOptions<ScriptedModelOptions> options)
    {
        _chunkDelay = TimeSpan.FromMilliseconds(options.Value.ChunkDelayMs);
        _longChunkDelay = TimeSpan.FromMilliseconds(options.Value.LongChunkDelayMs);
        Scenarios =
        [
            new("help", ["help"], "lists these scenarios and the words that pick them", (_, _) => Help()),
            new("auth failure", ["auth fail", "401"], "fails with HTTP 401 `invalid x-api-key`, as a wrong API key would", (_, _) => AuthenticationFailure),
            new("recall", ["recall", "how many"], "counts the messages you have sent in this conversation, showing earlier turns were kept", (request, _) => Recall(request)),
            new("think", ["think"], "thinks first, then answers", (_, _) => Think()),
            new("long", ["long"], "a long answer (about 600 words), streamed slowly enough to stop midway", (_, _) => Long()),
            new("write", ["write"], $"asks to write a file in the working directory, e.g. `write notes.txt` (default `{DefaultFileName}`)", WriteFile),
            new("run", ["run", "shell", "bash"], $"asks to run a shell command, e.g. `run mkdir demo` (default `{DefaultCommand}`); commands that only read, like `run echo hi`, run without asking", RunCommand),
            new("delegate", ["delegate", "subagent"], $"hands a task to a subagent, which asks to run `{SubagentScript.Command}` and reports back", (_, _) => Reply(SubagentScript.Delegate())),
            new("steps", ["two steps"], $"two steps that ask first: runs `{StepsScript.Command}`, then writes `{StepsScript.FileName}`; switch the mode or model while the first waits", (request, _) => Reply(StepsScript.Answer(request)), AnswersToolResults: true),
            new("plan", ["plan"], $"in plan mode, presents a plan to write `{PlanScript.FileName}`, then writes it once the plan is approved (refused with feedback, it plans again)", (request, _) => Reply(PlanScript.Answer(request)), AnswersToolResults: true),
            new("checklist", ["checklist", "todo"], $"keeps a todo list while it works through three items, asking to run `{ChecklistScript.Command}` on the way", (request, _) => Reply(ChecklistScript.Answer(request)), AnswersToolResults: true),
            new("background until stopped", ["until stopped"], $"runs `{BackgroundScript.LongCommand}` in the background, to be stopped", (request, _) => Reply(BackgroundScript.Answer(request, runsUntilStopped: true)), AnswersToolResults: true),
            new("background", ["background"], $"runs `{BackgroundScript.Command}` in the background and reports when it ends, in a turn the CLI starts itself", (request, _) => Reply(BackgroundScript.Answer(request, runsUntilStopped: false)), AnswersToolResults: true),
            new("questions", ["questions", "ask me"], "asks you two questions (one answer, then several) and repeats what you answered", (request, _) => Reply(QuestionScript.Answer(request)), AnswersToolResults: true),
        ];
    }

    public IReadOnlyList<Scenario> Scenarios { get; }

    public ScriptedOutcome Answer(MessagesRequest request)
    {
        if (SubagentScript.IsSubagentRequest(request))
        {
            return Reply(SubagentScript.Answer(request));
        }

        if (CompactionScript.IsCompactionRequest(request))
        {
            return Reply(CompactionScript.Summary());
        }

        if (request.TaskNotification is { } notification)
        {
            return Reply(BackgroundScript.Report(notification));
        }

        var text = request.LastUserText;
        var scenario = Scenarios.FirstOrDefault(candidate => candidate.IsTriggeredBy(text));
        if (request.PendingToolResult is { } toolResult && scenario is not { AnswersToolResults: true })
        {
            return ReportToolResult(toolResult, request.SteeredText);
        }

        return scenario is null ? DefaultAnswer(text) : scenario.Answer(request, scenario.TextAfterTrigger(text));
    }

    private static ScriptedError AuthenticationFailure => new(StatusCodes.Status401Unauthorized, "authentication_error", "invalid x-api-key");

    private ScriptedReply Help()
    {
        var help = new StringBuilder("I'm Baton's scripted model. I pick an answer by the words in your last message (the first match wins):\n\n");
        foreach (var scenario in Scenarios)
        {
            var triggers = string.Join(", ", scenario.Triggers.Select(trigger => $"`{trigger}`"));
            help.Append($"- **{scenario.Name}** ({triggers}): {scenario.Description}\n");
        }

        help.Append("- **anything else**: a short markdown answer, streamed word by word\n\n");
        help.Append("After a tool runs, or you refuse it, I say what the tool answered.");
        return Text(help.ToString());
    }

    private ScriptedReply DefaultAnswer(string text) => Text(
        $"Hello! I'm Baton's **scripted model**, standing in for Claude. You wrote: \"{Excerpt(text, 80)}\".\n\n"
        + "Here is a small piece of code, so you can see how code blocks look:\n\n"
        + "```csharp\nConsole.WriteLine(\"Hello from Baton\");\n```\n\n"
        + "Type `help` to see everything I can do.");

    private ScriptedReply Recall(MessagesRequest request)
    {
        var count = request.UserTexts.Count;
        return Text($"You have sent me {count} {(count == 1 ? "message" : "messages")} in this conversation.");
    }

    private ScriptedReply Think() => new(
        [
            new ThinkingBlock("You asked me to think first. I read the request, weigh a few ways to answer, "
                + "and settle on a short reply that shows how thinking arrives before the answer."),
            new TextBlock("I thought it over: my thinking streamed first, and this answer follows it."),
        ],
        _chunkDelay);

    private ScriptedReply Long() => new([new TextBlock(LongAnswer)], _longChunkDelay);

    private ScriptedReply WriteFile(MessagesRequest request, string afterTrigger)
    {
        var fileName = FileName().Match(afterTrigger) is { Success: true } match ? match.Value : DefaultFileName;
        if (request.WorkingDirectory is null)
        {
            return Text($"I can't tell which directory you are working in, so I can't write {fileName}.");
        }

        var input = new JsonObject
        {
            ["file_path"] = Path.Combine(request.WorkingDirectory, fileName),
            ["content"] = "Hello from Baton!\nThis file was written by the scripted model through Claude Code's Write tool.\n",
        };
        return ToolUse($"I'll write {fileName} for you.", "Write", input);
    }

    private ScriptedReply RunCommand(MessagesRequest request, string afterTrigger)
    {
        var command = afterTrigger.Length > 0 ? afterTrigger : DefaultCommand;
        var input = new JsonObject { ["command"] = command, ["description"] = "Run the command you asked for" };
        return ToolUse($"I'll run `{command}` for you.", "Bash", input);
    }

    /// <summary>
    /// Tests tell a refusal from a success by these two openings. The CLI marks a tool that
    /// failed the same way as one refused, so both read "refused". A message the person sent into the
    /// turn meanwhile is quoted after it.
    /// </summary>
    private ScriptedReply ReportToolResult(ToolResult result, string? steeredText)
    {
        var excerpt = Excerpt(result.Content, ToolResultExcerptLength);
        var report = result.IsError ? $"The tool was refused: {excerpt}" : $"Done. The tool said: {excerpt}";
        return Text(steeredText is null ? report : $"{report}\n\nYou also said while I worked: \"{Excerpt(steeredText, 80)}\".");
    }

    private ScriptedReply Text(string text) => new([new TextBlock(text)], _chunkDelay);

    private ScriptedReply Reply(IReadOnlyList<ReplyBlock> blocks) => new(blocks, _chunkDelay);

    private ScriptedReply ToolUse(string preamble, string toolName, JsonObject input) => new(
        [new TextBlock(preamble), new ToolUseBlock($"toolu_scripted_{Guid.NewGuid():N}", toolName, input)],
        _chunkDelay);

    private static string Excerpt(string text, int length)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= length ? trimmed : trimmed[..length] + "…";
    }

    /// <summary>A file name is the first word with an extension, e.g. <c>notes.txt</c> or <c>docs/plan.md</c>.</summary>
    [GeneratedRegex(@"[\w\-./]*\w\.\w+")]
    private static partial Regex FileName();
}
