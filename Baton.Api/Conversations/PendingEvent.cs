using Baton.Contracts.Conversations;

namespace Baton.Api.Conversations;

/// <summary>An event about to be appended: <paramref name="Draft"/> is complete but for its seq, which the log gives it.</summary>
public sealed record PendingEvent(ConversationEvent Draft, Guid? RunId = null, long? BridgeSeq = null);
