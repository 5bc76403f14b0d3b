namespace Baton.ScriptedModel.Replies;

/// <summary>An assistant message, streamed block by block with <paramref name="ChunkDelay"/> between chunks.</summary>
public sealed record ScriptedReply(IReadOnlyList<ReplyBlock> Blocks, TimeSpan ChunkDelay) : ScriptedOutcome
{
    public string StopReason => Blocks.Any(block => block is ToolUseBlock) ? "tool_use" : "end_turn";
}
