using System.Text.Json;
using Baton.Api.Runs;

namespace Baton.Api.SlashCommands;

/// <summary>
/// The slash commands of a CLI session, read from its <c>system/init</c> line (docs/claude-cli-facts.md):
/// <c>slash_commands</c> names them, <c>terminal_slash_commands</c> names those that need the CLI's
/// terminal, and the bridge adds each one's description as <c>baton_slash_commands</c>.
/// </summary>
public static class SlashCommandList
{
    /// <summary>
    /// Commands the CLI does not list in stream-json mode and answers with "isn't available in this
    /// environment": they manage its terminal, its login or the process itself.
    /// </summary>
    private static readonly SlashCommand[] UnlistedTerminalCommands =
    [
        new("login", "Sign in to an Anthropic account", "", TerminalOnly: true),
        new("logout", "Sign out of the Anthropic account", "", TerminalOnly: true),
        new("exit", "Leave the Claude Code terminal", "", TerminalOnly: true),
        new("vim", "Switch the terminal's prompt to Vim keys", "", TerminalOnly: true),
        new("terminal-setup", "Set up the terminal's Shift+Enter key", "", TerminalOnly: true),
    ];

    /// <summary>The commands an <c>init</c> line lists, the CLI's own internal ones left out; null when it lists none.</summary>
    public static IReadOnlyList<SlashCommand>? FromInitLine(JsonElement line)
    {
        if (!line.TryGetProperty("slash_commands", out var names) || names.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var terminalOnly = Strings(line, "terminal_slash_commands").ToHashSet(StringComparer.Ordinal);
        var details = line.TryGetProperty("baton_slash_commands", out var described) && described.ValueKind == JsonValueKind.Array
            ? described.EnumerateArray()
                .Where(detail => CliJson.Text(detail, "name") is { Length: > 0 })
                .DistinctBy(detail => CliJson.Text(detail, "name"))
                .ToDictionary(detail => CliJson.Text(detail, "name")!, StringComparer.Ordinal)
            : [];
        var listed = Strings(line, "slash_commands")
            // Names like __remote-workflow are the CLI's own plumbing, not meant to be typed.
            .Where(name => !name.StartsWith("__", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(name => details.TryGetValue(name, out var detail)
                ? new SlashCommand(name, CliJson.Text(detail, "description") ?? "", CliJson.Text(detail, "argumentHint") ?? "", terminalOnly.Contains(name))
                : new SlashCommand(name, "", "", terminalOnly.Contains(name)))
            .ToList();
        return [.. listed, .. UnlistedTerminalCommands.Where(command => listed.All(other => other.Name != command.Name))];
    }

    private static IEnumerable<string> Strings(JsonElement line, string property) =>
        line.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)
            : [];
}
