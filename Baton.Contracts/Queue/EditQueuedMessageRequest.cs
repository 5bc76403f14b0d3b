namespace Baton.Contracts.Queue;

/// <summary><c>queue:edit</c>: new text for a message that has not started yet.</summary>
public sealed record EditQueuedMessageRequest(Guid QueuedMessageId, string Content);
