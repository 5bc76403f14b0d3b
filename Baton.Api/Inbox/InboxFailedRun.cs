namespace Baton.Api.Inbox;

/// <summary>A run that failed, with why (<paramref name="Code"/> is one of the error codes).</summary>
public sealed record InboxFailedRun(Guid RequestId, InboxConversation Conversation, string Code, string Message, DateTimeOffset EndedAt);
