namespace Baton.Contracts.Messages;

/// <summary>Why a run failed, with the code of its <c>chat:error</c>.</summary>
public sealed record ErrorBlock(string Code, string Message) : MessageBlock;
