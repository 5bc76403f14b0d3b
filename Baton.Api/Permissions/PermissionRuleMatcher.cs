using System.Text.Json;
using System.Text.RegularExpressions;

namespace Baton.Api.Permissions;

/// <summary>
/// Whether a stored rule in the CLI's syntax covers a tool use: a bare tool name covers every use,
/// <c>Bash(prefix:*)</c> a command starting with the prefix, <c>Tool(glob)</c> a file path under the
/// project root matching the glob.
/// </summary>
public static class PermissionRuleMatcher
{
    public static bool Matches(string rule, string toolName, JsonElement input, string projectRoot)
    {
        var open = rule.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return rule == toolName;
        }

        if (!rule.EndsWith(')') || rule[..open] != toolName)
        {
            return false;
        }

        var content = rule[(open + 1)..^1];
        if (toolName == "Bash")
        {
            var command = Text(input, "command");
            return command is not null && (content.EndsWith(":*", StringComparison.Ordinal)
                ? command.StartsWith(content[..^2], StringComparison.Ordinal)
                : command == content);
        }

        var path = Text(input, "file_path") ?? Text(input, "path") ?? Text(input, "notebook_path");
        if (path is null)
        {
            return false;
        }

        var relative = Path.IsPathRooted(path) ? Path.GetRelativePath(projectRoot, path) : path;
        return !relative.StartsWith("..", StringComparison.Ordinal) && GlobToRegex(content).IsMatch(relative.Replace('\\', '/'));
    }

    private static Regex GlobToRegex(string glob)
    {
        var pattern = Regex.Escape(glob.TrimStart('/'))
            .Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        return new Regex($"^{pattern}$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }

    private static string? Text(JsonElement input, string property) =>
        input.ValueKind == JsonValueKind.Object && input.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
