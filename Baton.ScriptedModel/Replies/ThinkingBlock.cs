namespace Baton.ScriptedModel.Replies;

public sealed record ThinkingBlock(string Thinking) : ReplyBlock;
