using Baton.Contracts.Permissions;

namespace Baton.Api.Endpoints.Chat;

/// <summary>A new conversation in a project; the mode and model are the defaults of its messages.</summary>
public sealed record CreateConversationRequest(Guid ProjectId, string? Title, PermissionMode? PermissionMode, string? Model);
