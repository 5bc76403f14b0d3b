namespace Baton.Contracts.Context;

/// <summary><c>context:usage</c>, from a browser and on to the conversation's bridge: how full its Claude session's context is.</summary>
public sealed record ContextUsageRequest(Guid ConversationId);
