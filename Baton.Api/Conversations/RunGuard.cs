namespace Baton.Api.Conversations;

/// <summary>
/// What an append outside a transaction expects of a run, as the appender last stored it: still running for
/// <paramref name="BridgeId"/>, its mark at <paramref name="BridgeSeq"/> (nobody else stored items of it since).
/// The append stores nothing unless every run it guards is so.
/// </summary>
public sealed record RunGuard(Guid RunId, Guid BridgeId, long BridgeSeq);
