using System.Text.Json.Serialization;

namespace Baton.Contracts.Chat;

/// <summary>
/// <c>chat:stream-batch</c>: several <c>chat:stream-response</c> events of one conversation that were stored together,
/// in seq order, as one frame. A tab takes each as if it had come on its own; the log stores and replays them one by one.
/// The relay sends a drain's events this way so that a burst costs one frame and one backplane message, not one each.
/// </summary>
[JsonConverter(typeof(ChatStreamBatchConverter))]
public sealed record ChatStreamBatch(Guid ConversationId, IReadOnlyList<ChatStreamResponse> Responses);
