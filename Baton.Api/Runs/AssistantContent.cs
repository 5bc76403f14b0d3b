using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Baton.Api.Conversations;
using Baton.Api.SlashCommands;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Messages;
using Baton.Contracts.Permissions;
using Baton.Contracts.Streaming;

namespace Baton.Api.Runs;

/// <summary>
/// The fold: an assistant message's blocks as history shows them, kept current while the run goes. Each
/// stream event, prompt and error of a run lands here, in the order the conversation's seqs give them.
/// The web app folds live events the same way (<c>fold-message.ts</c>); the fixtures under
/// <c>Baton.Tests/Fixtures/Folds</c> hold both to the same blocks.
/// A streaming block's deltas gather in a buffer and join its text only when the blocks are read, so
/// a long answer costs the same per delta at its end as at its start.
/// </summary>
public sealed class AssistantContent(List<MessageBlock> blocks)
{
    private readonly Dictionary<int, StringBuilder> _unjoined = [];

    public IReadOnlyList<MessageBlock> Blocks
    {
        get
        {
            JoinDeltas();
            return blocks;
        }
    }

    public static AssistantContent Read(JsonElement content) => new([.. MessageContent.Read(content)]);

    public JsonElement ToJson() => MessageContent.ToJson(Blocks);

    public string ToText() => MessageContent.ToText(Blocks);

    /// <summary>Folds in an event of the run read back from the conversation's log.</summary>
    public void Replay(ConversationEvent logged)
    {
        switch (logged)
        {
            case ChatStreamResponse response:
                Apply(response.Event);
                break;
            case InteractivePrompt prompt:
                AddPermission(prompt);
                break;
            case PermissionResolved resolved:
                ResolvePermission(resolved);
                break;
            case ChatError error:
                AddError(error);
                break;
        }
    }

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
                Grow(delta.CliMessageId, delta.Index, delta.Text);
                break;
            case ThinkingDeltaEvent delta:
                Grow(delta.CliMessageId, delta.Index, delta.Text);
                break;
            case ToolInputDeltaEvent delta:
                Grow(delta.CliMessageId, delta.Index, delta.PartialJson);
                break;
            case BlockCompleteEvent complete:
                Complete(complete.Block with { ParentToolUseId = parent, CliMessageId = complete.CliMessageId, Index = complete.Index, Streaming = null });
                break;
            case ToolResultEvent result:
                blocks.Add(new ToolResultBlock(result.ToolUseId, result.Content, result.IsError) { ToolUseResult = result.ToolUseResult, ParentToolUseId = parent });
                break;
            case SteeredMessageEvent steered:
                blocks.Add(new SteeredMessageBlock(steered.Content));
                break;
            case SystemEvent system when SystemNotices.Of(system, blocks) is { } notice:
                blocks.Add(notice with { ParentToolUseId = parent });
                break;
            case SystemEvent or OtherEvent when parent is null && SessionNotices.Of(streamEvent) is { } notice:
                SessionNotices.Add(blocks, notice);
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
            blocks[at] = (PermissionBlock)blocks[at] with { Decision = resolved.Decision, By = resolved.By, Answers = resolved.Answers, Mode = resolved.Mode };
        }
    }

    public void AddError(ChatError error) => blocks.Add(new ErrorBlock(error.Code, error.Message));

    private static MessageBlock StartedBlock(BlockStartEvent start) => start.BlockType switch
    {
        BlockType.Thinking => new ThinkingBlock(""),
        BlockType.ToolUse => new ToolUseBlock(start.ToolUseId ?? "", start.Name ?? "") { PartialJson = "" },
        _ => new TextBlock(""),
    };

    private void Grow(string cliMessageId, int index, string text)
    {
        var at = FindStreaming(cliMessageId, index);
        if (at >= 0 && blocks[at] is TextBlock or ThinkingBlock or ToolUseBlock)
        {
            (CollectionsMarshal.GetValueRefOrAddDefault(_unjoined, at, out _) ??= new StringBuilder()).Append(text);
        }
    }

    /// <summary>Blocks only ever grow in place or are added, so a buffer's position stays its block's.</summary>
    private void JoinDeltas()
    {
        foreach (var (at, text) in _unjoined)
        {
            var deltas = text.ToString();
            blocks[at] = blocks[at] switch
            {
                TextBlock block => block with { Text = block.Text + deltas },
                ThinkingBlock block => block with { Thinking = block.Thinking + deltas },
                ToolUseBlock block => block with { PartialJson = block.PartialJson + deltas },
                var block => block,
            };
        }

        _unjoined.Clear();
    }

    private void Complete(MessageBlock whole)
    {
        var at = FindStreaming(whole.CliMessageId!, whole.Index!.Value);
        if (at >= 0)
        {
            // The whole block says everything its deltas did.
            _unjoined.Remove(at);
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
