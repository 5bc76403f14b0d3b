namespace Baton.Api.Endpoints.Chat;

/// <summary>
/// The shell command that continues a conversation's Claude session in a terminal on its bridge's
/// machine: in the project folder, with the CLI and the configuration folder the bridge runs it with.
/// POSIX shell quoting (sh, bash, zsh).
/// </summary>
public static class TerminalCommand
{
    public static string For(string rootDirectory, string? cliPath, string? cliConfigDir, string sessionId)
    {
        var configuration = cliConfigDir is null ? "" : $"CLAUDE_CONFIG_DIR={Quote(cliConfigDir)} ";
        return $"cd {Quote(rootDirectory)} && {configuration}{Quote(cliPath ?? "claude")} --resume {Quote(sessionId)}";
    }

    /// <summary>Single quotes keep everything literal; a single quote itself ends them, is escaped, and opens them again.</summary>
    private static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '+' or ':' or '@' or '=')
            ? value
            : $"'{value.Replace("'", @"'\''", StringComparison.Ordinal)}'";
}
