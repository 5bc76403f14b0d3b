using System.Text.Json;

namespace Baton.Api.Endpoints.Chat;

/// <summary>A stored event: <c>type</c> is the wire event's name and <c>payload</c> exactly its payload.</summary>
public sealed record EventEnvelope(long Seq, string Type, JsonElement Payload);
