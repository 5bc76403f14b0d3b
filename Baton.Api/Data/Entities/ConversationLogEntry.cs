using System.Text.Json;

namespace Baton.Api.Data.Entities;

/// <summary>
/// An entry of a conversation's append-only event log: <see cref="Type"/> is the wire event's name and
/// <see cref="Payload"/> exactly that event's payload, so catch-up replays what live clients saw.
/// </summary>
public sealed class ConversationLogEntry
{
    public Guid ConversationId { get; set; }
    public long Seq { get; set; }
    public Guid? RunId { get; set; }
    public long? BridgeSeq { get; set; }
    public required string Type { get; set; }
    public JsonElement Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
