using System.Text.Json.Nodes;
using Baton.ScriptedModel.Conversation;
using Baton.ScriptedModel.Replies;

namespace Baton.ScriptedModel.Scenarios;

/// <summary>
/// A run in plan mode: the model presents a plan with the CLI's ExitPlanMode tool. Approved, it
/// writes the plan's file with the Write tool (which asks first unless the chosen mode accepts
/// edits) and reports; refused with feedback, it presents a revised plan that quotes the feedback.
/// Each request is one step further, read from the last tool called and what its result said. Outside plan mode
/// the CLI refuses the plan by itself, and the model says how to get into plan mode instead. Refused
/// <see cref="MostPresentations"/> times in one turn, it stops asking and says so, so that no refusal it does not
/// recognise has it present plans for as long as the run lasts.
/// </summary>
public static class PlanScript
{
    public const string ToolName = "ExitPlanMode";
    public const string FileName = "plan-result.txt";
    public const string PlanHeading = "Plan: write plan-result.txt";
    public const string RevisedPlanHeading = "Revised plan: write plan-result.txt";
    public const string FeedbackOpening = "You asked me to change the plan:";
    public const string DoneText = "The plan is carried out: plan-result.txt is written.";
    public const int MostPresentations = 5;
    public const string OutsidePlanModeText = "I'm not in plan mode, so there is no plan to approve. Choose **Plan only** under Mode and ask me again.";

    /// <summary>How the pinned CLI's error begins when ExitPlanMode is called in a run that is not in plan mode.</summary>
    private const string NotInPlanModeError = "You are not in plan mode";

    public static IReadOnlyList<ReplyBlock> Answer(MessagesRequest request)
    {
        var lastTool = request.ToolCallsSinceLastText.Count > 0 ? request.ToolCallsSinceLastText[^1] : null;
        return (lastTool, request.PendingToolResult) switch
        {
            (null, _) => [new TextBlock("I'll look at what you asked and present a plan first."), Present(Plan(PlanHeading))],
            (ToolName, { IsError: true } refusal) when refusal.Content.Contains(NotInPlanModeError, StringComparison.Ordinal) =>
                [new TextBlock(OutsidePlanModeText)],
            (ToolName, { IsError: true } refusal) when request.ToolCallsSinceLastText.Count(name => name == ToolName) >= MostPresentations =>
            [
                new TextBlock($"The plan was refused {MostPresentations} times, most recently with: {Excerpt(refusal.Content)} I'll stop here; tell me how to go on."),
            ],
            (ToolName, { IsError: true } refusal) =>
            [
                new TextBlock($"{FeedbackOpening} {Excerpt(refusal.Content)}"),
                Present(Plan(RevisedPlanHeading)),
            ],
            (ToolName, _) => [new TextBlock("The plan is approved; writing the file now."), Write(request.WorkingDirectory)],
            _ => [new TextBlock(request.PendingToolResult is { IsError: true } ? $"The write was refused: {Excerpt(request.PendingToolResult.Content)}" : DoneText)],
        };
    }

    private static string Plan(string heading) =>
        $"# {heading}\n\n1. Create **{FileName}** in the project folder.\n2. Put one line in it that says the plan was approved.\n\n| Step | Tool |\n| --- | --- |\n| 1 | `Write` |\n";

    private static ToolUseBlock Present(string plan) => Call(ToolName, new JsonObject { ["plan"] = plan });

    private static ReplyBlock Write(string? workingDirectory) => workingDirectory is null
        ? new TextBlock("I can't tell which directory you are working in, so I can't write the file.")
        : Call("Write", new JsonObject
        {
            ["file_path"] = Path.Combine(workingDirectory, FileName),
            ["content"] = "The plan was approved and carried out.\n",
        });

    private static string Excerpt(string text) => text.Length <= 300 ? text.Trim() : text[..300].Trim() + "…";

    private static ToolUseBlock Call(string name, JsonObject input) => new($"toolu_scripted_{Guid.NewGuid():N}", name, input);
}
