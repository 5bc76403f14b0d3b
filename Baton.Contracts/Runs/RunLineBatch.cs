using System.Text.Json.Serialization;

namespace Baton.Contracts.Runs;

/// <summary><c>claude:stream</c>: a batch of a run's CLI lines, in bridgeSeq order.</summary>
[JsonConverter(typeof(RunLineBatchConverter))]
public sealed record RunLineBatch(Guid RequestId, IReadOnlyList<RunLine> Items);
