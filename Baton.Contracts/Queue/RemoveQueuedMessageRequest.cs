namespace Baton.Contracts.Queue;

/// <summary><c>queue:remove</c>: drops a message that has not started yet.</summary>
public sealed record RemoveQueuedMessageRequest(Guid QueuedMessageId);
