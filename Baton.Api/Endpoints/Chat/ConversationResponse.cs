using Baton.Api.Data.Entities;

namespace Baton.Api.Endpoints.Chat;

public sealed record ConversationResponse(
    Guid Id,
    Guid ProjectId,
    string Title,
    ConversationStatus Status,
    PermissionMode PermissionMode,
    string? Model,
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
        conversation.PermissionMode,
        conversation.Model,
        conversation.ClaudeSessionId,
        conversation.LastSeq,
        conversation.CreatedAt,
        conversation.UpdatedAt);
}
