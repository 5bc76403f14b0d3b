namespace Baton.Api.Inbox;

/// <summary>The conversation an inbox item belongs to, and its project: what the item is listed under and opens.</summary>
public sealed record InboxConversation(Guid Id, string Title, Guid ProjectId, string ProjectName);
