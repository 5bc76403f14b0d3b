namespace Baton.Contracts.Messages;

/// <summary>Something the CLI reported while it worked (a <c>system</c> line's subtype, e.g. <c>api_retry</c>), shown as a line of text.</summary>
public sealed record NoticeBlock(string Subtype) : MessageBlock;
