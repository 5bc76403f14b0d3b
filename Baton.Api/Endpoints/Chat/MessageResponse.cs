using System.Text.Json;
using Baton.Api.Conversations;
using Baton.Api.Data.Entities;
using Baton.Contracts.Messages;

namespace Baton.Api.Endpoints.Chat;

/// <summary>A message as history shows it, its content as typed blocks; <c>requestId</c> is the run it belongs to.</summary>
public sealed record MessageResponse(
    Guid Id,
    Guid? RequestId,
    MessageRole Role,
    IReadOnlyList<MessageBlock> Content,
    MessageStatus Status,
    JsonElement? Usage,
    decimal? CostUsd,
    long? DurationMs,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static MessageResponse From(Message message, Guid? requestId) => new(
        message.Id,
        requestId,
        message.Role,
        MessageContent.Read(message.Content),
        message.Status,
        message.Usage,
        message.CostUsd,
        message.DurationMs,
        message.CreatedAt,
        message.UpdatedAt);
}
