using Baton.Contracts.Queue;

namespace Baton.Contracts.Conversations;

/// <summary>The conversation's last stored seq, its running run if there is one, and its queued messages.</summary>
public sealed record JoinConversationResult(long LastSeq, Guid? ActiveRequestId, QueueChanged Queue);
