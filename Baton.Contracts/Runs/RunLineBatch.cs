namespace Baton.Contracts.Runs;

/// <summary><c>claude:stream</c>: a batch of a run's CLI lines, in bridgeSeq order.</summary>
public sealed record RunLineBatch(Guid RequestId, IReadOnlyList<RunLine> Items);
