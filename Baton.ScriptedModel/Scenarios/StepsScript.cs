using System.Text.Json.Nodes;
using Baton.ScriptedModel.Conversation;
using Baton.ScriptedModel.Replies;

namespace Baton.ScriptedModel.Scenarios;

/// <summary>
/// Two steps, each asking first in the default mode: a shell command that writes a file, then a Write of
/// another. While the first waits for its answer the person can switch the running CLI's mode or model, and
/// the second step shows the switch took (no prompt after accept-edits) and the next request names the model.
/// </summary>
public static class StepsScript
{
    public const string Command = "echo first step | tee steps-first.txt";
    public const string FileName = "steps-second.txt";
    public const string DoneText = "Both steps are done.";

    public static IReadOnlyList<ReplyBlock> Answer(MessagesRequest request) => request.ToolCallsSinceLastText.Count switch
    {
        0 => [new TextBlock("First step: a shell command."), Call("Bash", new JsonObject { ["command"] = Command, ["description"] = "Write the first step's file" })],
        1 when request.WorkingDirectory is { } directory =>
        [
            new TextBlock("Second step: writing a file."),
            Call("Write", new JsonObject { ["file_path"] = Path.Combine(directory, FileName), ["content"] = "The second step.\n" }),
        ],
        _ => [new TextBlock(request.PendingToolResult is { IsError: true } refusal ? $"A step was refused: {refusal.Content}" : DoneText)],
    };

    private static ToolUseBlock Call(string name, JsonObject input) => new($"toolu_scripted_{Guid.NewGuid():N}", name, input);
}
