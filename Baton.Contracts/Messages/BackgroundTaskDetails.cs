using System.Text.Json.Serialization;

namespace Baton.Contracts.Messages;

/// <summary>
/// A background task the CLI reported (a shell command or an agent started with <c>run_in_background</c>): its
/// id, the tool call that started it, and what the line said. A <c>task_started</c> line gives its
/// <paramref name="TaskType"/> (<c>local_bash</c>, <c>local_agent</c>, …) and <paramref name="Description"/>; a
/// <c>task_notification</c> its ending <paramref name="Status"/> (<c>completed</c>, <c>failed</c>, <c>stopped</c>)
/// and <paramref name="Summary"/>.
/// </summary>
public sealed record BackgroundTaskDetails(
    string TaskId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ToolUseId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TaskType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Summary);
