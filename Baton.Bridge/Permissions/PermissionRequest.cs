using System.Text.Json;
using Baton.Bridge.Cli;
using Baton.Contracts.Permissions;

namespace Baton.Bridge.Permissions;

/// <summary>The CLI's <c>can_use_tool</c> control request, read into a pending prompt and the <c>permission:request</c> that announces it.</summary>
internal static class PermissionRequest
{
    private static readonly JsonElement EmptyObject = JsonSerializer.SerializeToElement(new { });

    /// <summary>A new prompt id for the request; the tool's input as sent is the answer's default <c>updatedInput</c>.</summary>
    public static PendingPrompt Pending(string cliRequestId, JsonElement request) =>
        new(Guid.NewGuid(), cliRequestId, CliJson.Property(request, "input") ?? EmptyObject);

    public static PermissionRequested Announcement(Guid runId, long bridgeSeq, PendingPrompt prompt, JsonElement request) => new(
        runId,
        bridgeSeq,
        prompt.PromptId,
        CliJson.String(request, "tool_name") ?? "",
        prompt.Input,
        CliJson.Property(request, "permission_suggestions") is { ValueKind: JsonValueKind.Array } list ? [.. list.EnumerateArray()] : [],
        CliJson.String(request, "tool_use_id") ?? "");
}
