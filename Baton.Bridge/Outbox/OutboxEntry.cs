using Baton.Contracts.Runs;

namespace Baton.Bridge.Outbox;

/// <summary>
/// One numbered thing the bridge says about a run, kept until acknowledged: either a CLI
/// <c>Line</c> (sent in <c>claude:stream</c> batches, <c>Bytes</c> its UTF-8 size) or a whole
/// <c>Event</c> such as <c>permission:request</c>.
/// </summary>
internal sealed record OutboxEntry(long Seq, RunLine? Line, RunEvent? Event, int Bytes);
