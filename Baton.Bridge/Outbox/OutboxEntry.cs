using Baton.Contracts.Runs;

namespace Baton.Bridge.Outbox;

/// <summary>
/// One numbered thing the bridge says about a run, kept until acknowledged: a CLI line (its
/// <c>Payload</c> a <see cref="RunLine"/>, sent in <c>claude:stream</c> batches, <c>Bytes</c> its
/// UTF-8 size) or a whole event such as <c>permission:request</c> for hub method <c>Method</c>.
/// </summary>
internal sealed record OutboxEntry(long Seq, string Method, object Payload, int Bytes)
{
    public RunLine? Line => Payload as RunLine;
}
