using System.Text.Json;

namespace Baton.Contracts.Permissions;

/// <summary>
/// <c>permission:response</c> from a browser. <paramref name="SuggestionIndexes"/> picks the
/// prompt's suggestions to apply; <paramref name="Interrupt"/> with a deny also stops the turn.
/// <paramref name="Mode"/> with an allow switches the session to that mode for the rest of the turn and the
/// conversation (how a plan is approved: accept edits, ask for each edit, or bypass where the bridge allows it).
/// </summary>
public sealed record PermissionResponse(
    Guid PromptId,
    PermissionDecision Decision,
    string? Message,
    JsonElement? UpdatedInput,
    IReadOnlyList<int>? SuggestionIndexes,
    bool? Interrupt,
    PermissionMode? Mode = null);
