using Baton.Contracts.Conversations;

namespace Baton.Contracts.Sessions;

/// <summary>
/// <c>transcript:imported</c>: messages the API stored from the conversation's session transcript, turns a
/// terminal added (with the notice above them): new ones, or an answer it went on with, in history's order.
/// </summary>
public sealed record TranscriptImported(
    Guid ConversationId,
    long Seq,
    IReadOnlyList<ImportedMessage> Messages) : ConversationEvent(ConversationId, Seq);
