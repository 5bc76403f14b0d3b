namespace Baton.Contracts.Messages;

/// <summary>A message the person sent into a running turn, where the CLI took it among the answer's blocks.</summary>
public sealed record SteeredMessageBlock(string Text) : MessageBlock;
