using Baton.Contracts.Permissions;

namespace Baton.Contracts.Runs;

/// <summary>
/// <c>claude:configure</c>: switch the conversation's running CLI process to this permission mode and model
/// (the control requests <c>set_permission_mode</c> and <c>set_model</c>); null leaves one as it is.
/// </summary>
public sealed record ConfigureRunRequest(Guid ConversationId, PermissionMode? PermissionMode, string? Model);
