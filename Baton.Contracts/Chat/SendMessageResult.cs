namespace Baton.Contracts.Chat;

/// <summary>The run is stored and dispatched; what the bridge does later arrives as events.</summary>
public sealed record SendMessageResult(Guid RequestId, Guid UserMessageId, Guid AssistantMessageId);
