using System.Text.Json;

namespace Baton.Contracts.Permissions;

/// <summary>
/// <c>permission:response</c> to the bridge, shaped as the CLI's answer to <c>can_use_tool</c>.
/// <paramref name="UpdatedPermissions"/> holds only the suggestions the person chose.
/// </summary>
public sealed record CliPermissionResponse(
    Guid PromptId,
    PermissionBehavior Behavior,
    JsonElement? UpdatedInput,
    IReadOnlyList<JsonElement>? UpdatedPermissions,
    string? Message,
    bool? Interrupt);
