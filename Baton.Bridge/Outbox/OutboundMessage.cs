using Baton.Contracts.Hubs;

namespace Baton.Bridge.Outbox;

/// <summary>
/// A hub call ready to send, covering a run's entries up to <c>UpToSeq</c>. <c>Generation</c> says
/// which connection it was taken for: sending it on a later one counts for nothing.
/// </summary>
internal sealed record OutboundMessage(Guid RequestId, long UpToSeq, string Method, Func<IBridgeHub, Task> Send, long Generation);
