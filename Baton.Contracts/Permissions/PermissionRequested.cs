using System.Text.Json;
using Baton.Contracts.Runs;

namespace Baton.Contracts.Permissions;

/// <summary>
/// <c>permission:request</c> from the bridge: the CLI's <c>can_use_tool</c> control request,
/// its values passed through unchanged.
/// </summary>
public sealed record PermissionRequested(
    Guid RequestId,
    long BridgeSeq,
    Guid PromptId,
    string ToolName,
    JsonElement Input,
    IReadOnlyList<JsonElement> Suggestions,
    string ToolUseId) : RunItem(BridgeSeq);
