using Baton.Contracts.Permissions;

namespace Baton.Contracts.Chat;

/// <summary>
/// <c>chat:send-message</c>: starts a run. Idempotent on <paramref name="ClientMessageId"/>;
/// <paramref name="PermissionMode"/> and <paramref name="Model"/> switch the conversation's.
/// </summary>
public sealed record SendMessageRequest(
    Guid ConversationId,
    Guid ClientMessageId,
    string Content,
    IReadOnlyList<Guid> AttachmentIds,
    PermissionMode? PermissionMode,
    string? Model);
