namespace Baton.ScriptedModel.Replies;

public sealed record TextBlock(string Text) : ReplyBlock;
