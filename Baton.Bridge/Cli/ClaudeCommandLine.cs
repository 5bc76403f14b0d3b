using Baton.Contracts.Permissions;

namespace Baton.Bridge.Cli;

/// <summary>
/// The CLI's arguments: stream-json both ways with word-by-word partial messages and subagents'
/// text, and permission prompts over the control protocol on stdin/stdout. Always the
/// <c>--flag=value</c> form.
/// </summary>
public static class ClaudeCommandLine
{
    public static IReadOnlyList<string> Arguments(ClaudeProcessSettings settings)
    {
        List<string> arguments =
        [
            "--output-format=stream-json",
            "--input-format=stream-json",
            "--verbose",
            "--include-partial-messages",
            // Without it a subagent's own text and thinking never reach stdout, only its tool calls.
            "--forward-subagent-text",
            "--permission-prompt-tool=stdio",
            $"--permission-mode={ModeName(settings.PermissionMode)}",
        ];
        if (!string.IsNullOrWhiteSpace(settings.Model))
        {
            arguments.Add($"--model={settings.Model}");
        }

        if (settings.AllowedTools.Count > 0)
        {
            // The CLI splits on commas outside parentheses, so a rule like Bash(a,b) stays whole.
            arguments.Add($"--allowedTools={string.Join(',', settings.AllowedTools)}");
        }

        if (!string.IsNullOrWhiteSpace(settings.ResumeSessionId))
        {
            arguments.Add($"--resume={settings.ResumeSessionId}");
        }

        return arguments;
    }

    /// <summary>The mode as the CLI spells it, in flags and in <c>set_permission_mode</c>.</summary>
    public static string ModeName(PermissionMode mode) => mode switch
    {
        PermissionMode.Default => "default",
        PermissionMode.AcceptEdits => "acceptEdits",
        PermissionMode.Plan => "plan",
        PermissionMode.BypassPermissions => "bypassPermissions",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown permission mode."),
    };
}
