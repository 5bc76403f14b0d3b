namespace Baton.Contracts.Runs;

/// <summary>
/// One numbered step of a run's stream as the bridge reports it: a CLI line, a permission request or
/// cancellation, or the run's ending. <paramref name="BridgeSeq"/> orders them, and is what the API
/// acknowledges and drops repeats by.
/// </summary>
public abstract record RunItem(long BridgeSeq);
