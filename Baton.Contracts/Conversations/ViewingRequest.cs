namespace Baton.Contracts.Conversations;

/// <summary>
/// <c>conversation:viewing</c>: the conversation this tab shows while it is visible, or null when it is
/// hidden or shows none. A visible tab says it again now and then; nobody is notified of what they watch.
/// </summary>
public sealed record ViewingRequest(Guid? ConversationId);
