using Baton.Contracts.Conversations;

namespace Baton.Contracts.Chat;

/// <summary>
/// <c>chat:error</c>: a run failed after its call was accepted; <paramref name="Code"/> is one
/// of <see cref="Errors.ErrorCodes"/>.
/// </summary>
public sealed record ChatError(Guid ConversationId, long Seq, Guid RequestId, string Code, string Message) : ConversationEvent(ConversationId, Seq);
