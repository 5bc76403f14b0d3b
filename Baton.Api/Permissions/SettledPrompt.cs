using Baton.Contracts.Permissions;

namespace Baton.Api.Permissions;

/// <summary>A prompt settled and stored: its resolution, the answer the bridge is owed (if any) and whose it is, what else changed.</summary>
public sealed record SettledPrompt(
    Guid PromptId,
    Guid ConversationId,
    Guid BridgeId,
    StoredResolution Resolution,
    DateTimeOffset OpenedAt,
    DateTimeOffset SettledAt,
    CliPermissionResponse? Response,
    bool ModeChanged);
