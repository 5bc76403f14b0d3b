namespace Baton.Contracts.Streaming;

/// <summary>The person's message, so other tabs and late joiners see it.</summary>
public sealed record UserMessageEvent(Guid ClientMessageId, string Content, IReadOnlyList<Guid> AttachmentIds)
    : StreamEvent;
