using System.Text.Json.Nodes;
using Baton.ScriptedModel.Conversation;
using Baton.ScriptedModel.Replies;

namespace Baton.ScriptedModel.Scenarios;

/// <summary>
/// A run that keeps a todo list with the CLI's TodoWrite tool: the list is written with every item
/// pending, the first goes in progress, a shell command that asks first holds the run there until
/// the person answers, then the items are completed one after another. Each request is one step
/// further, counted by the tool calls made since the person typed.
/// </summary>
public static class ChecklistScript
{
    public const string ToolName = "TodoWrite";
    public const string Command = "echo checklist | tee checklist.txt";

    private static readonly (string Content, string ActiveForm)[] Items =
    [
        ("Read the project", "Reading the project"),
        ("Write checklist.txt", "Writing checklist.txt"),
        ("Check the result", "Checking the result"),
    ];

    public static IReadOnlyList<ReplyBlock> Answer(MessagesRequest request) => request.ToolCallsSinceLastText.Count switch
    {
        0 => [new TextBlock("I'll keep a checklist while I work."), Todos("pending", "pending", "pending")],
        1 => [Todos("in_progress", "pending", "pending")],
        2 => [Todos("completed", "in_progress", "pending")],
        3 => [new TextBlock("Writing the file now."), Call("Bash", new JsonObject { ["command"] = Command, ["description"] = "Write checklist.txt" })],
        4 => [Todos("completed", "completed", "in_progress")],
        5 => [Todos("completed", "completed", "completed")],
        _ => [new TextBlock("All three items on the checklist are done.")],
    };

    private static ToolUseBlock Todos(params string[] statuses) => Call(ToolName, new JsonObject
    {
        ["todos"] = new JsonArray([.. Items.Zip(statuses, (item, status) => new JsonObject
        {
            ["content"] = item.Content,
            ["status"] = status,
            ["activeForm"] = item.ActiveForm,
        })]),
    });

    private static ToolUseBlock Call(string name, JsonObject input) => new($"toolu_scripted_{Guid.NewGuid():N}", name, input);
}
