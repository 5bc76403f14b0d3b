using Baton.Contracts.Conversations;

namespace Baton.Api.Permissions;

/// <summary>A prompt settled and stored: what to broadcast, whom to deliver the answer to, what else changed.</summary>
public sealed record SettledPrompt(
    Guid PromptId,
    Guid ConversationId,
    Guid BridgeId,
    IReadOnlyList<ConversationEvent> Events,
    DateTimeOffset OpenedAt,
    DateTimeOffset SettledAt,
    bool NeedsDelivery,
    bool ModeChanged);
