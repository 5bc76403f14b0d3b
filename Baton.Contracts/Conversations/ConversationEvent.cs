namespace Baton.Contracts.Conversations;

/// <summary>
/// An event of a conversation's log: numbered by <paramref name="Seq"/> in the conversation, stored,
/// broadcast to its room and replayed in catch-up. <see cref="ConversationEventTypes"/> lists them.
/// </summary>
public abstract record ConversationEvent(Guid ConversationId, long Seq);
