using System.Text.Json;

namespace Baton.Api.Data.Entities;

/// <summary>
/// A user or assistant message as history shows it: its content blocks (text, thinking, tool calls
/// and results, permission decisions, errors) are JSON, updated while its run goes on. A streaming
/// answer's newest deltas may be only in the event log (<see cref="ContentSeq"/>).
/// </summary>
public sealed class Message
{
    public Guid Id { get; set; }
    public Guid ConversationId { get; set; }

    /// <summary>
    /// Database-assigned insertion order: the order history pages by. One SaveChanges inserts rows in
    /// key order, not in the order they were added, so save a user message before its answer.
    /// </summary>
    public long Position { get; set; }

    public MessageRole Role { get; set; }
    public JsonElement Content { get; set; }

    /// <summary>
    /// Null when <see cref="Content"/> holds everything of this message; otherwise the conversation's seq
    /// it holds events up to: the run's later deltas are in the event log only, and history starts
    /// its replay there.
    /// </summary>
    public long? ContentSeq { get; set; }

    /// <summary>Moved on by every write of <see cref="Content"/>, so the instance recording the run sees another writer's change.</summary>
    public int ContentVersion { get; set; }
    public MessageStatus Status { get; set; }
    public JsonElement? Usage { get; set; }
    public decimal? CostUsd { get; set; }
    public long? DurationMs { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
