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
    /// <summary>
    /// The notice <paramref name="system"/> leaves in an answer holding <paramref name="blocks"/>, if any. A task counts
    /// only in the background: a subagent the answer waits for (<c>is_backgrounded: false</c>) reports in its card, so its
    /// start leaves nothing, nor does its end when its call is in the same answer and no background start is.
    /// </summary>
    public static NoticeBlock? Of(SystemEvent system, IReadOnlyList<MessageBlock> blocks) => system.Subtype switch
    {
        SystemSubtypes.ApiRetry => new NoticeBlock(SystemSubtypes.ApiRetry) { Retry = RetryOf(system.Raw) },
        SystemSubtypes.TaskStarted when TaskOf(system.Raw) is { } task && IsBackgrounded(system.Raw) =>
            new NoticeBlock(system.Subtype) { Task = task },
        SystemSubtypes.TaskNotification when TaskOf(system.Raw) is { } task && !EndsForegroundTask(task, blocks) =>
            new NoticeBlock(system.Subtype) { Task = task },
        _ => null,
    };

    private static bool IsBackgrounded(JsonElement? raw) =>
        raw is { } line && line.TryGetProperty("is_backgrounded", out var flag) && flag.ValueKind is JsonValueKind.True;

    private static bool EndsForegroundTask(BackgroundTaskDetails task, IReadOnlyList<MessageBlock> blocks) =>
        blocks.Any(block => block is ToolUseBlock call && call.Id == task.ToolUseId)
        && !blocks.Any(block => block is NoticeBlock { Subtype: SystemSubtypes.TaskStarted, Task: { } started } && started.TaskId == task.TaskId);

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
