namespace Baton.Contracts.Conversations;

/// <summary>
/// <c>conversation:created</c> / <c>conversation:updated</c> / <c>conversation:deleted</c>
/// to the project's room; a deleted conversation carries its last summary.
/// </summary>
public sealed record ConversationChanged(Guid ProjectId, ConversationSummary Conversation);
