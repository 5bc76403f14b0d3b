namespace Baton.Api.Conversations;

/// <summary>A run's high-water mark: the last bridgeSeq of it that is stored.</summary>
public sealed record RunMark(Guid RunId, long BridgeSeq);
