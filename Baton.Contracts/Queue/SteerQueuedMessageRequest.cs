namespace Baton.Contracts.Queue;

/// <summary>
/// <c>queue:steer</c>: sends a queued message into the running turn now, rather than after it. The CLI
/// takes it at the turn's next model call (or, when none is left, answers it as the run's next turn).
/// </summary>
public sealed record SteerQueuedMessageRequest(Guid QueuedMessageId);
