namespace Baton.Api.Data.Entities;

/// <summary>
/// One turn sent to a bridge: its id is the wire's requestId. <see cref="LastBridgeSeq"/> is the
/// high-water mark of what the bridge sent and the API stored; anything at or below it is a repeat.
/// </summary>
public sealed class Run
{
    public const int ClientMessageIdMaxLength = 100;

    public Guid Id { get; set; }
    public Guid ConversationId { get; set; }
    /// <summary>The person's message; none for a turn the CLI started on its own (a background task's report).</summary>
    public Guid? UserMessageId { get; set; }
    public Guid AssistantMessageId { get; set; }
    public Guid BridgeId { get; set; }

    /// <summary>The browser's id for the message, unique per conversation, so a resend is recognised.</summary>
    public required string ClientMessageId { get; set; }

    public RunStatus Status { get; set; }
    public StoredPermissionMode PermissionMode { get; set; }
    public string? Model { get; set; }
    public long LastBridgeSeq { get; set; }
    public DateTimeOffset? AbortRequestedAt { get; set; }
    public DateTimeOffset? AbortDeliveredAt { get; set; }
    public string? ErrorCode { get; set; }
    public string? ErrorMessage { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>When its owner dismissed the failed run from their inbox.</summary>
    public DateTimeOffset? InboxDismissedAt { get; set; }
    public List<StoredAttachment> Attachments { get; set; } = [];
}
