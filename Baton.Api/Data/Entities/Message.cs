using System.Text.Json;

namespace Baton.Api.Data.Entities;

/// <summary>
/// A user or assistant message as history shows it: its content blocks (text, thinking, tool calls
/// and results, permission decisions, errors) are JSON, updated while its run goes on.
/// </summary>
public sealed class Message
{
    public Guid Id { get; set; }
    public Guid ConversationId { get; set; }

    /// <summary>Database-assigned insertion order: the order history pages by.</summary>
    public long Position { get; set; }

    public MessageRole Role { get; set; }
    public JsonElement Content { get; set; }
    public MessageStatus Status { get; set; }
    public JsonElement? Usage { get; set; }
    public decimal? CostUsd { get; set; }
    public long? DurationMs { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
