using Baton.Contracts.Queue;

namespace Baton.Contracts.Chat;

/// <summary>
/// Either the run the message started (stored and dispatched; what the bridge does later arrives as
/// events), or, while another run of the conversation is busy, the <paramref name="Queued"/> message it
/// became, with the run's ids null.
/// </summary>
public sealed record SendMessageResult(Guid? RequestId, Guid? UserMessageId, Guid? AssistantMessageId, QueuedMessage? Queued = null);
