using Baton.Contracts.Permissions;

namespace Baton.Bridge.Cli;

/// <summary>
/// The CLI's arguments: stream-json both ways with word-by-word partial messages and subagents'
/// text, and permission prompts over the control protocol on stdin/stdout. Always the
/// <c>--flag=value</c> form. Where the bridge allows bypass, every process may switch to it later.
/// </summary>
public static class ClaudeCommandLine
{
    public static IReadOnlyList<string> Arguments(ClaudeProcessSettings settings, bool allowBypass)
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
            // Echoes each message as the CLI takes it: where a message sent into a running turn joined it.
            "--replay-user-messages",
            $"--permission-mode={ModeName(settings.PermissionMode)}",
        ];
        if (!string.IsNullOrWhiteSpace(settings.Model))
        {
            arguments.Add($"--model={settings.Model}");
        }

        if (allowBypass)
        {
            // Lets set_permission_mode (or a plan's approval) switch to bypassPermissions mid-session,
            // which a process started without it refuses.
            arguments.Add("--allow-dangerously-skip-permissions");
        }

        if (!string.IsNullOrWhiteSpace(settings.Effort))
        {
            arguments.Add($"--effort={settings.Effort}");
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

    /// <summary>A mode as the CLI reports it (its <c>status</c> lines); null for one Baton does not offer.</summary>
    public static PermissionMode? ParseMode(string? name) => name switch
    {
        "default" => PermissionMode.Default,
        "acceptEdits" => PermissionMode.AcceptEdits,
        "plan" => PermissionMode.Plan,
        "bypassPermissions" => PermissionMode.BypassPermissions,
        _ => null,
    };
}
