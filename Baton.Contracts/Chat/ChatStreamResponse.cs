using System.Text.Json.Serialization;
using Baton.Contracts.Conversations;
using Baton.Contracts.Streaming;

namespace Baton.Contracts.Chat;

/// <summary><c>chat:stream-response</c>: one stored <see cref="StreamEvent"/> of a conversation.</summary>
[JsonConverter(typeof(ChatStreamResponseConverter))]
public sealed record ChatStreamResponse(
    Guid ConversationId,
    long Seq,
    Guid? RequestId,
    Guid? MessageId,
    StreamEvent Event) : ConversationEvent(ConversationId, Seq);
