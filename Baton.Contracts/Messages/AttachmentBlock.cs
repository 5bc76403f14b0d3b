namespace Baton.Contracts.Messages;

/// <summary>A file the person attached to their message (an upload's id, name, type and size in bytes).</summary>
public sealed record AttachmentBlock(Guid Id, string Name, string MediaType, long Size) : MessageBlock;
