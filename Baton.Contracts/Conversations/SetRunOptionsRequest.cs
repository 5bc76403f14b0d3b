using Baton.Contracts.Permissions;

namespace Baton.Contracts.Conversations;

/// <summary>
/// <c>conversation:set-run-options</c>: the conversation's permission mode, model and effort from now on; null
/// leaves one as it is, an empty model or effort goes back to the CLI's default. A run going on switches mode and
/// model at once; effort applies from the next start of the conversation's CLI process.
/// </summary>
public sealed record SetRunOptionsRequest(Guid ConversationId, PermissionMode? PermissionMode, string? Model, string? Effort);
