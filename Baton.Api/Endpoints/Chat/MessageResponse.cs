using System.Text.Json;
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
    DateTimeOffset UpdatedAt);
