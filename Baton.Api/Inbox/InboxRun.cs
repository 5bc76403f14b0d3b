namespace Baton.Api.Inbox;

/// <summary>A run still at work.</summary>
public sealed record InboxRun(Guid RequestId, InboxConversation Conversation, DateTimeOffset StartedAt);
