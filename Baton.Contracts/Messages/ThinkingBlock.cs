namespace Baton.Contracts.Messages;

/// <summary>The model's extended thinking, shown folded.</summary>
public sealed record ThinkingBlock(string Thinking) : MessageBlock;
