namespace Baton.Api.Conversations;

/// <summary>An event about to be appended: its payload is made once its seq is known.</summary>
public sealed record PendingEvent(Func<long, object> CreatePayload, Guid? RunId = null, long? BridgeSeq = null);
