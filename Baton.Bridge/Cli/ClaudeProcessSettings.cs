using Baton.Contracts.Permissions;

namespace Baton.Bridge.Cli;

/// <summary>
/// What a CLI process is started with: its working directory (the project's real root), mode and
/// model, the rules it may use without asking (CLI syntax, <c>Bash(git status:*)</c>), the session it
/// resumes, if any, and its effort (<c>--effort</c>, the CLI's default when null).
/// </summary>
public sealed record ClaudeProcessSettings(
    string RootDirectory,
    PermissionMode PermissionMode,
    string? Model,
    IReadOnlyList<string> AllowedTools,
    string? ResumeSessionId,
    string? Effort = null)
{
    /// <summary>A model as a request names it: blank means the CLI's default (null).</summary>
    public static string? NormalizeModel(string? model) => string.IsNullOrWhiteSpace(model) ? null : model.Trim();
}
