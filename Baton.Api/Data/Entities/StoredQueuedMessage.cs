namespace Baton.Api.Data.Entities;

/// <summary>
/// A message sent while the conversation's run was busy. It waits, editable, until it starts: then
/// <see cref="StartedAt"/> and <see cref="RunId"/> are set by one conditional update, so only one
/// instance ever starts it, and the row stays to tell a late edit that it started.
/// </summary>
public sealed class StoredQueuedMessage
{
    public Guid Id { get; set; }
    public Guid ConversationId { get; set; }
    public required string Content { get; set; }
    public Guid[] AttachmentIds { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public Guid? RunId { get; set; }
}
