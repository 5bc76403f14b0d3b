using System.Text.Json;
using Baton.Contracts.Messages;
using Baton.Contracts.Streaming;

namespace Baton.Api.Runs;

/// <summary>
/// The notices a CLI <c>system</c> line leaves in an answer with what it said: a retry's attempt and error,
/// a background task's start and end. The web app's fold (<c>system-notices.ts</c>) makes the same blocks.
/// </summary>
public static class SystemNotices
{
    public static NoticeBlock? Of(SystemEvent system) => system.Subtype switch
    {
        SystemSubtypes.ApiRetry => new NoticeBlock(SystemSubtypes.ApiRetry) { Retry = RetryOf(system.Raw) },
        SystemSubtypes.TaskStarted or SystemSubtypes.TaskNotification when TaskOf(system.Raw) is { } task =>
            new NoticeBlock(system.Subtype) { Task = task },
        _ => null,
    };

    private static RetryDetails? RetryOf(JsonElement? raw) =>
        raw is { } line && Integer(line, "attempt") is { } attempt && Integer(line, "max_retries") is { } maxRetries
            ? new RetryDetails(attempt, maxRetries, Integer(line, "error_status"), Text(line, "error"))
            : null;

    private static BackgroundTaskDetails? TaskOf(JsonElement? raw) =>
        raw is { } line && Text(line, "task_id") is { } taskId
            ? new BackgroundTaskDetails(
                taskId, Text(line, "tool_use_id"), Text(line, "task_type"), Text(line, "description"), Text(line, "status"), Text(line, "summary"))
            : null;

    private static string? Text(JsonElement line, string property) =>
        line.TryGetProperty(property, out var value) && value.ValueKind is JsonValueKind.String ? value.GetString() : null;

    private static int? Integer(JsonElement line, string property) =>
        line.TryGetProperty(property, out var value) && value.ValueKind is JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;
}
