namespace Baton.Contracts.Conversations;

/// <summary><c>conversation:leave</c>.</summary>
public sealed record LeaveConversationRequest(Guid ConversationId);
