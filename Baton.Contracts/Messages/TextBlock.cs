namespace Baton.Contracts.Messages;

/// <summary>Text: the person's message, or the model's answer (Markdown).</summary>
public sealed record TextBlock(string Text) : MessageBlock;
