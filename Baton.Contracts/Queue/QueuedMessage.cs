namespace Baton.Contracts.Queue;

/// <summary>
/// A message sent while a run was busy, waiting its turn: editable and removable until it starts,
/// started in order (oldest first) when the conversation's run ends.
/// </summary>
public sealed record QueuedMessage(
    Guid Id,
    Guid ConversationId,
    string Content,
    IReadOnlyList<Guid> AttachmentIds,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
