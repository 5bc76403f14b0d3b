using System.Text.Json;

namespace Baton.Contracts.Permissions;

/// <summary>
/// <c>permission:response</c> from a browser. <paramref name="SuggestionIndexes"/> picks the
/// prompt's suggestions to apply; <paramref name="Interrupt"/> with a deny also stops the turn.
/// </summary>
public sealed record PermissionResponse(
    Guid PromptId,
    PermissionDecision Decision,
    string? Message,
    JsonElement? UpdatedInput,
    IReadOnlyList<int>? SuggestionIndexes,
    bool? Interrupt);
