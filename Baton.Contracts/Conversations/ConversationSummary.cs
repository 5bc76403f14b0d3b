using Baton.Contracts.Permissions;

namespace Baton.Contracts.Conversations;

/// <summary>What a conversation list shows of one conversation.</summary>
public sealed record ConversationSummary(
    Guid Id,
    Guid ProjectId,
    string Title,
    PermissionMode PermissionMode,
    string? Model,
    string? Effort,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
