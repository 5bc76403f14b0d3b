using System.Text;
using System.Text.RegularExpressions;

namespace Baton.Api.Permissions;

/// <summary>
/// Gitignore-style globs for file rules: <c>*</c> stays within a folder, <c>**</c> crosses
/// folders, <c>?</c> is one character, and a pattern without a slash matches at any depth.
/// </summary>
public static class PathGlob
{
    public static bool Matches(string pattern, string relativePath)
    {
        var anchored = pattern.Contains('/');
        var trimmed = pattern.TrimStart('/');
        // "docs/", "docs/**" and a plain "docs" each cover the folder and everything below it;
        // a last segment with a wildcard ("docs/*") covers only what it names.
        trimmed = trimmed.EndsWith("/**", StringComparison.Ordinal) ? trimmed[..^3] : trimmed.TrimEnd('/');
        var lastSegment = trimmed[(trimmed.LastIndexOf('/') + 1)..];
        var coversContents = pattern.EndsWith('/') || pattern.EndsWith("/**", StringComparison.Ordinal) || !lastSegment.AsSpan().ContainsAny('*', '?');

        var regex = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        for (var index = 0; index < trimmed.Length; index++)
        {
            var character = trimmed[index];
            if (character == '*' && index + 1 < trimmed.Length && trimmed[index + 1] == '*')
            {
                var followedBySlash = index + 2 < trimmed.Length && trimmed[index + 2] == '/';
                regex.Append(followedBySlash ? "(?:.*/)?" : ".*");
                index += followedBySlash ? 2 : 1;
            }
            else
            {
                regex.Append(character switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(character.ToString()),
                });
            }
        }

        regex.Append(coversContents ? "(?:/.*)?$" : "$");
        return Regex.IsMatch(relativePath, regex.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }
}
