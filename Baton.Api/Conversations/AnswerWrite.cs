namespace Baton.Api.Conversations;

/// <summary>
/// An assistant message's whole content, written by a guarded append with the events it holds: only if the stored
/// content is still at <paramref name="StoredVersion"/>, so a write by anyone else meanwhile is never overwritten.
/// </summary>
public sealed record AnswerWrite(Guid MessageId, Guid ConversationId, int StoredVersion, string Content);
