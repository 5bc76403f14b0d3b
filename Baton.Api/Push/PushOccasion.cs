using Baton.Contracts.Chat;
using Baton.Contracts.Permissions;

namespace Baton.Api.Push;

/// <summary>Something a person who walked away wants to hear of: Claude waits for them, or a run ended.</summary>
public abstract record PushOccasion(Guid ConversationId);

public sealed record PromptWaiting(InteractivePrompt Prompt) : PushOccasion(Prompt.ConversationId);

/// <summary>A run that ended by itself: <paramref name="Error"/> when it failed. A stop was asked for by someone watching.</summary>
public sealed record RunFinished(Guid ConversationId, ChatError? Error) : PushOccasion(ConversationId);
