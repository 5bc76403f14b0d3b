namespace Baton.Api.Endpoints.Chat;

/// <summary>Events in seq order; more follow while the last one's seq is below <c>lastSeq</c>.</summary>
public sealed record EventPage(IReadOnlyList<EventEnvelope> Events, long LastSeq);
