using Baton.Contracts.Runs;

namespace Baton.Contracts.Permissions;

/// <summary><c>permission:cancelled</c> from the bridge: the CLI sent <c>control_cancel_request</c>.</summary>
public sealed record PermissionCancelled(Guid RequestId, long BridgeSeq, Guid PromptId) : RunItem(BridgeSeq);
