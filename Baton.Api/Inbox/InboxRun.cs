namespace Baton.Api.Inbox;

/// <summary>A run still at work, and not waiting on a prompt.</summary>
public sealed record InboxRun(Guid RequestId, InboxConversation Conversation, DateTimeOffset StartedAt);
