namespace Baton.Contracts.Tasks;

/// <summary>
/// <c>task:stop</c>, from a browser and on to the conversation's bridge: stops one of its background tasks
/// (the CLI's <c>stop_task</c>). The task's end then reaches the conversation as a notice, like any task's.
/// </summary>
public sealed record StopTaskRequest(Guid ConversationId, string TaskId);
