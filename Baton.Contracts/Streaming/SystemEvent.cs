using System.Text.Json;

namespace Baton.Contracts.Streaming;

/// <summary>
/// A CLI <c>system</c> line: <c>init</c> (session, model, tools, mode), <c>status</c>, retries.
/// <paramref name="PermissionMode"/> is the CLI's own spelling; <paramref name="Raw"/> is the whole line.
/// </summary>
public sealed record SystemEvent(
    string Subtype,
    string? SessionId,
    string? Model,
    IReadOnlyList<string>? Tools,
    string? PermissionMode,
    JsonElement? Raw) : StreamEvent;
