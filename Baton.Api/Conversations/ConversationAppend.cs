namespace Baton.Api.Conversations;

/// <summary>Events for one conversation's log, in the order they take its next seqs.</summary>
public sealed record ConversationAppend(Guid ConversationId, IReadOnlyList<PendingEvent> Events);
