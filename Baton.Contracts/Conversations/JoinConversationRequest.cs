namespace Baton.Contracts.Conversations;

/// <summary><c>conversation:join</c>: replay the stored events after <paramref name="AfterSeq"/>, then live ones.</summary>
public sealed record JoinConversationRequest(Guid ConversationId, long AfterSeq);
