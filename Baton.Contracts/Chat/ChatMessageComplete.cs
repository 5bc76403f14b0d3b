using System.Text.Json;
using Baton.Contracts.Conversations;

namespace Baton.Contracts.Chat;

/// <summary>
/// <c>chat:message-complete</c>: the run's turn ended (<paramref name="IsError"/> e.g. at max turns).
/// <paramref name="Usage"/> and <paramref name="CostUsd"/> are this run's alone.
/// </summary>
public sealed record ChatMessageComplete(
    Guid ConversationId,
    long Seq,
    Guid RequestId,
    Guid MessageId,
    string SessionId,
    bool IsError,
    JsonElement Usage,
    double CostUsd,
    long DurationMs) : ConversationEvent(ConversationId, Seq);
