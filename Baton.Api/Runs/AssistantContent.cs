using System.Text.Json;
using Baton.Api.Conversations;
using Baton.Contracts.Chat;
using Baton.Contracts.Messages;
using Baton.Contracts.Permissions;
using Baton.Contracts.Streaming;

namespace Baton.Api.Runs;

/// <summary>
/// The fold: an assistant message's blocks as history shows them, kept current while the run goes. Each
/// stream event, prompt and error of a run lands here, in the order the conversation's seqs give them.
/// The web app folds live events the same way (<c>fold-message.ts</c>); the fixtures under
/// <c>Baton.Tests/Fixtures/Folds</c> hold both to the same blocks.
/// </summary>
public sealed class AssistantContent(List<MessageBlock> blocks)
{
    public IReadOnlyList<MessageBlock> Blocks => blocks;

    public static AssistantContent Read(JsonElement content) => new([.. MessageContent.Read(content)]);

    public JsonElement ToJson() => MessageContent.ToJson(blocks);

    /// <summary>The model message the newest block of an agent (the main one, or a subagent by its tool call) belongs to.</summary>
    public string? LastCliMessageId(string? parentToolUseId) =>
        blocks.LastOrDefault(block => block.CliMessageId is not null && block.ParentToolUseId == parentToolUseId)?.CliMessageId;

    /// <summary>How many blocks of a model message are whole: the index the next whole block of it takes.</summary>
    public int CompletedBlockCount(string cliMessageId) =>
        blocks.Count(block => block.CliMessageId == cliMessageId && block.Streaming is null);

    public void Apply(StreamEvent streamEvent)
    {
        var parent = streamEvent.ParentToolUseId;
        switch (streamEvent)
        {
            case BlockStartEvent start:
                blocks.Add(StartedBlock(start) with { ParentToolUseId = parent, CliMessageId = start.CliMessageId, Index = start.Index, Streaming = true });
                break;
            case TextDeltaEvent delta:
                Grow(delta.CliMessageId, delta.Index, block => block is TextBlock text ? text with { Text = text.Text + delta.Text } : block);
                break;
            case ThinkingDeltaEvent delta:
                Grow(delta.CliMessageId, delta.Index, block => block is ThinkingBlock thinking ? thinking with { Thinking = thinking.Thinking + delta.Text } : block);
                break;
            case ToolInputDeltaEvent delta:
                Grow(delta.CliMessageId, delta.Index, block => block is ToolUseBlock tool ? tool with { PartialJson = tool.PartialJson + delta.PartialJson } : block);
                break;
            case BlockCompleteEvent complete:
                Complete(complete.Block with { ParentToolUseId = parent, CliMessageId = complete.CliMessageId, Index = complete.Index, Streaming = null });
                break;
            case ToolResultEvent result:
                blocks.Add(new ToolResultBlock(result.ToolUseId, result.Content, result.IsError) { ToolUseResult = result.ToolUseResult, ParentToolUseId = parent });
                break;
            case SystemEvent { Subtype: SystemSubtypes.ApiRetry }:
                blocks.Add(new NoticeBlock(SystemSubtypes.ApiRetry) { ParentToolUseId = parent });
                break;
        }
    }

    public void AddPermission(InteractivePrompt prompt) =>
        blocks.Add(new PermissionBlock(prompt.PromptId, prompt.ToolName, prompt.ToolUseId, prompt.Input, prompt.Suggestions, prompt.ExpiresAt));

    /// <summary>Records how a prompt was settled, in the words of <c>permission:resolved</c>.</summary>
    public void ResolvePermission(PermissionResolved resolved)
    {
        var at = blocks.FindLastIndex(block => block is PermissionBlock permission && permission.PromptId == resolved.PromptId);
        if (at >= 0)
        {
            blocks[at] = (PermissionBlock)blocks[at] with { Decision = resolved.Decision, By = resolved.By };
        }
    }

    public void AddError(ChatError error) => blocks.Add(new ErrorBlock(error.Code, error.Message));

    private static MessageBlock StartedBlock(BlockStartEvent start) => start.BlockType switch
    {
        BlockType.Thinking => new ThinkingBlock(""),
        BlockType.ToolUse => new ToolUseBlock(start.ToolUseId ?? "", start.Name ?? "") { PartialJson = "" },
        _ => new TextBlock(""),
    };

    private void Grow(string cliMessageId, int index, Func<MessageBlock, MessageBlock> grow)
    {
        var at = FindStreaming(cliMessageId, index);
        if (at >= 0)
        {
            blocks[at] = grow(blocks[at]);
        }
    }

    private void Complete(MessageBlock whole)
    {
        var at = FindStreaming(whole.CliMessageId!, whole.Index!.Value);
        if (at >= 0)
        {
            blocks[at] = whole;
        }
        else
        {
            blocks.Add(whole);
        }
    }

    // Deltas land on the newest blocks, so the search runs from the end.
    private int FindStreaming(string cliMessageId, int index) =>
        blocks.FindLastIndex(block => block.Streaming is true && block.CliMessageId == cliMessageId && block.Index == index);
}
