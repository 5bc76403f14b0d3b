namespace Baton.Contracts.Queue;

/// <summary>
/// <c>queue:changed</c> to the conversation's room, and part of <c>conversation:join</c>'s answer: the
/// whole queue, oldest first. <paramref name="Revision"/> grows with every change, so a tab keeps the
/// newest list whichever way it arrived.
/// </summary>
public sealed record QueueChanged(Guid ConversationId, long Revision, IReadOnlyList<QueuedMessage> Messages);
