using Baton.Contracts.Conversations;

namespace Baton.Contracts.Chat;

/// <summary><c>chat:aborted</c>: the run was interrupted.</summary>
public sealed record ChatAborted(Guid ConversationId, long Seq, Guid RequestId) : ConversationEvent(ConversationId, Seq);
