using System.Text.Json;

namespace Baton.Api.Permissions;

/// <summary>
/// Decides whether a stored rule covers a tool request, following the CLI's documented
/// semantics: a bare tool name covers every use; Bash rules match the command; file rules
/// are gitignore-style globs from the project root (<c>//</c> starts an absolute path,
/// <c>~/</c> the home folder); <c>Edit</c> rules cover every editing tool and <c>Read</c>
/// rules every reading tool; <c>WebFetch(domain:x)</c> matches the URL's host;
/// <c>mcp__server</c> covers all of that server's tools.
/// </summary>
public static class PermissionRuleMatcher
{
    private static readonly HashSet<string> EditingTools = ["Edit", "MultiEdit", "Write", "NotebookEdit"];
    private static readonly HashSet<string> ReadingTools = ["Read", "Glob", "Grep", "LS", "NotebookRead"];

    public static bool Matches(string rule, string toolName, JsonElement input, string projectRoot)
    {
        if (!ToolRule.TryParse(rule, out var parsed))
        {
            return false;
        }

        if (parsed.Specifier is null)
        {
            return parsed.Tool == toolName
                || (parsed.Tool.StartsWith("mcp__", StringComparison.Ordinal) && toolName.StartsWith(parsed.Tool + "__", StringComparison.Ordinal));
        }

        return parsed.Tool switch
        {
            "Bash" => toolName == "Bash" && StringProperty(input, "command") is { } command && BashCommandRule.Matches(parsed.Specifier, command),
            "Edit" => EditingTools.Contains(toolName) && MatchesPath(parsed.Specifier, input, projectRoot),
            "Read" => ReadingTools.Contains(toolName) && MatchesPath(parsed.Specifier, input, projectRoot),
            "WebFetch" => toolName == "WebFetch" && MatchesDomain(parsed.Specifier, input),
            _ => parsed.Tool == toolName && MatchesPath(parsed.Specifier, input, projectRoot),
        };
    }

    private static bool MatchesPath(string pattern, JsonElement input, string projectRoot)
    {
        var path = StringProperty(input, "file_path") ?? StringProperty(input, "notebook_path") ?? StringProperty(input, "path");
        if (path is null)
        {
            // Glob and Grep without a path search the project root itself.
            path = projectRoot;
        }

        var root = Path.GetFullPath(projectRoot);
        var fullPath = Path.GetFullPath(path, root);
        if (pattern.StartsWith("//", StringComparison.Ordinal))
        {
            return PathGlob.Matches(pattern[1..], fullPath.TrimStart('/'));
        }

        if (pattern.StartsWith("~/", StringComparison.Ordinal))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return IsInside(fullPath, home) && PathGlob.Matches("/" + pattern[2..], Path.GetRelativePath(home, fullPath));
        }

        return IsInside(fullPath, root) && PathGlob.Matches(pattern, Path.GetRelativePath(root, fullPath).Replace('\\', '/'));
    }

    private static bool MatchesDomain(string specifier, JsonElement input)
    {
        const string domainPrefix = "domain:";
        if (!specifier.StartsWith(domainPrefix, StringComparison.Ordinal)
            || !Uri.TryCreate(StringProperty(input, "url"), UriKind.Absolute, out var url))
        {
            return false;
        }

        var domain = specifier[domainPrefix.Length..];
        return url.Host.Equals(domain, StringComparison.OrdinalIgnoreCase)
            || url.Host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);

    private static string? StringProperty(JsonElement input, string name) =>
        input.ValueKind == JsonValueKind.Object && input.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
