using System.Text.Json;

namespace Baton.Contracts.Runs;

/// <summary>
/// <c>claude:complete</c>: the turn ended (from the CLI's <c>result</c> line). <paramref name="Usage"/>
/// and <paramref name="CostUsd"/> are this run's alone, not the process's running totals.
/// </summary>
public sealed record RunCompleted(
    Guid RequestId,
    long BridgeSeq,
    string SessionId,
    string Subtype,
    bool IsError,
    string? ResultText,
    JsonElement Usage,
    double CostUsd,
    long DurationMs) : RunItem(BridgeSeq);
