using System.Text.Json.Nodes;
using Baton.ScriptedModel.Conversation;
using Baton.ScriptedModel.Replies;

namespace Baton.ScriptedModel.Scenarios;

/// <summary>
/// The main agent hands a task to a subagent through the CLI's Agent tool. The CLI runs the
/// subagent as a conversation of its own, a separate Messages API request whose first user text
/// is the prompt the main agent gave it: that prompt is how the subagent's requests are told apart.
/// </summary>
public static class SubagentScript
{
    public const string Prompt = "Look around the project folder and report what it holds.";
    public const string OpeningText = "Looking around the project folder first.";
    public const string ReportOpening = "I looked around the project folder.";
    public const string Command = "ls -a | tee listing.txt";

    /// <summary>The main agent's call of the Agent tool (the CLI's init still lists it by its older name, Task).</summary>
    public static IReadOnlyList<ReplyBlock> Delegate() =>
    [
        new TextBlock("I'll hand this to a subagent."),
        new ToolUseBlock(
            $"toolu_scripted_{Guid.NewGuid():N}",
            "Agent",
            new JsonObject
            {
                ["description"] = "Look around the project",
                ["prompt"] = Prompt,
                ["subagent_type"] = "general-purpose",
                // Agents run in the background unless told otherwise: in the foreground the call's result is the agent's report.
                ["run_in_background"] = false,
            }),
    ];

    public static bool IsSubagentRequest(MessagesRequest request) => request.UserTexts is [Prompt, ..];

    /// <summary>
    /// The subagent lists the folder into a file, a command the CLI asks about first, so the subagent
    /// waits on the person mid-way; then it reports.
    /// </summary>
    public static IReadOnlyList<ReplyBlock> Answer(MessagesRequest request) => request.PendingToolResult is { } listing
        ? [new TextBlock($"{ReportOpening} It holds: {listing.Content.Trim().ReplaceLineEndings(", ")}")]
        :
        [
            new TextBlock(OpeningText),
            new ToolUseBlock(
                $"toolu_scripted_{Guid.NewGuid():N}",
                "Bash",
                new JsonObject { ["command"] = Command, ["description"] = "List the project folder into listing.txt" }),
        ];
}
