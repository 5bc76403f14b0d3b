using System.Text.Json;

namespace Baton.Contracts.Streaming;

/// <summary>A CLI line of a kind Baton does not know yet, passed on whole.</summary>
public sealed record OtherEvent(JsonElement Line) : StreamEvent;
