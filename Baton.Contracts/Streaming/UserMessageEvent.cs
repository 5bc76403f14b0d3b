using Baton.Contracts.Messages;

namespace Baton.Contracts.Streaming;

/// <summary>The person's message, so other tabs and late joiners see it with its attachments as history shows them.</summary>
public sealed record UserMessageEvent(Guid ClientMessageId, string Content, IReadOnlyList<AttachmentBlock> Attachments)
    : StreamEvent;
