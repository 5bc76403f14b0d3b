using Baton.Api.Conversations;
using Baton.Api.Data.Entities;
using Baton.Contracts.Permissions;

namespace Baton.Api.Endpoints.Chat;

public sealed record ConversationResponse(
    Guid Id,
    Guid ProjectId,
    string Title,
    ConversationStatus Status,
    PermissionMode PermissionMode,
    string? Model,
    string? Effort,
    string? ClaudeSessionId,
    long LastSeq,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ConversationResponse From(Conversation conversation) => new(
        conversation.Id,
        conversation.ProjectId,
        conversation.Title,
        conversation.Status,
        conversation.PermissionMode.ToWire(),
        conversation.Model,
        conversation.Effort,
        conversation.ClaudeSessionId,
        conversation.LastSeq,
        conversation.CreatedAt,
        conversation.UpdatedAt);
}
