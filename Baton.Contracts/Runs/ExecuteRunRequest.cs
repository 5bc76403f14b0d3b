using Baton.Contracts.Permissions;

namespace Baton.Contracts.Runs;

/// <summary>
/// <c>claude:execute</c>: start a run in <paramref name="RootDirectory"/>, resuming
/// <paramref name="SessionId"/> when set. <paramref name="TraceParent"/> is the W3C trace context
/// the bridge starts its run span under. <paramref name="Effort"/> (the CLI's <c>--effort</c>) applies when
/// the run starts a new process.
/// </summary>
public sealed record ExecuteRunRequest(
    Guid RequestId,
    Guid ConversationId,
    string RootDirectory,
    string Prompt,
    IReadOnlyList<RunAttachment> Attachments,
    string? SessionId,
    PermissionMode PermissionMode,
    string? Model,
    IReadOnlyList<string> AllowedTools,
    string? TraceParent,
    string? Effort = null);
