using System.Text.Json;
using Baton.Api.Data.Entities;

namespace Baton.Api.Endpoints.Chat;

/// <summary>A message as history shows it; <c>requestId</c> is the run it belongs to.</summary>
public sealed record MessageResponse(
    Guid Id,
    Guid? RequestId,
    MessageRole Role,
    JsonElement Content,
    MessageStatus Status,
    JsonElement? Usage,
    decimal? CostUsd,
    long? DurationMs,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
