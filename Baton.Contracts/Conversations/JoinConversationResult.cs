namespace Baton.Contracts.Conversations;

/// <summary>The conversation's last stored seq, and its running run if there is one.</summary>
public sealed record JoinConversationResult(long LastSeq, Guid? ActiveRequestId);
