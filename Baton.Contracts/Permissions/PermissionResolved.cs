using Baton.Contracts.Conversations;

namespace Baton.Contracts.Permissions;

/// <summary><c>permission:resolved</c>: a prompt is settled, so every tab can close it.</summary>
public sealed record PermissionResolved(
    Guid ConversationId,
    long Seq,
    Guid PromptId,
    PermissionDecision Decision,
    ResolvedBy By) : ConversationEvent(ConversationId, Seq);
