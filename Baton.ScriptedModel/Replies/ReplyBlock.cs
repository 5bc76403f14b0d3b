namespace Baton.ScriptedModel.Replies;

/// <summary>One content block of a scripted assistant message.</summary>
public abstract record ReplyBlock;
