using System.Text.Json.Nodes;
using Baton.ScriptedModel.Conversation;
using Baton.ScriptedModel.Replies;

namespace Baton.ScriptedModel.Scenarios;

/// <summary>
/// Starts a shell command in the background (the Bash tool's <c>run_in_background</c>), says so and ends
/// the turn. When the command ends the CLI starts a turn of its own whose user text is a
/// <c>&lt;task-notification&gt;</c>; that request is answered with a report of it.
/// </summary>
public static class BackgroundScript
{
    /// <summary>Long enough for the turn to end first, short enough for a test to wait for.</summary>
    public const string Command = "sleep 3 && echo background work done";

    /// <summary>Runs until stopped.</summary>
    public const string LongCommand = "sleep 600 && echo never";

    public const string StartedText = "The command runs in the background; I'll report when it ends.";
    public const string ReportOpening = "The background task ended:";


    public static IReadOnlyList<ReplyBlock> Answer(MessagesRequest request, bool runsUntilStopped) => request.ToolCallsSinceLastText.Count switch
    {
        0 =>
        [
            new TextBlock("Starting it in the background."),
            new ToolUseBlock(
                $"toolu_scripted_{Guid.NewGuid():N}",
                "Bash",
                new JsonObject
                {
                    ["command"] = runsUntilStopped ? LongCommand : Command,
                    ["description"] = runsUntilStopped ? "Wait until stopped" : "Do some work in the background",
                    ["run_in_background"] = true,
                }),
        ],
        _ => [new TextBlock(StartedText)],
    };

    /// <summary>Quotes the notification's status and summary, which say how the task ended.</summary>
    public static IReadOnlyList<ReplyBlock> Report(string notification) =>
        [new TextBlock($"{ReportOpening} {Tag(notification, "status")}. {Tag(notification, "summary")}")];

    private static string Tag(string notification, string name)
    {
        var start = notification.IndexOf($"<{name}>", StringComparison.Ordinal);
        var end = notification.IndexOf($"</{name}>", StringComparison.Ordinal);
        return start >= 0 && end > start ? notification[(start + name.Length + 2)..end].Trim() : "";
    }
}
