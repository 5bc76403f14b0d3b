using System.Text.Json.Serialization;

namespace Baton.Contracts.Messages;

/// <summary>
/// What an <c>api_retry</c> line says: which attempt comes next of how many, after which HTTP status and
/// error (the CLI's <c>attempt</c>, <c>max_retries</c>, <c>error_status</c>, <c>error</c>).
/// </summary>
public sealed record RetryDetails(
    int Attempt,
    int MaxRetries,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ErrorStatus,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error);
