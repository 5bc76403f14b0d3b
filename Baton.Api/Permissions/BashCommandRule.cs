using System.Text.RegularExpressions;

namespace Baton.Api.Permissions;

/// <summary>
/// Bash rules as the CLI reads them: <c>git status:*</c> allows that command and anything that
/// continues it as further words; <c>npm run test</c> allows exactly that; <c>*</c> inside is a
/// wildcard. A command chained with shell operators is allowed only if every part is.
/// </summary>
public static partial class BashCommandRule
{
    public static bool Matches(string specifier, string command)
    {
        var parts = ChainOperators().Split(command).Select(part => part.Trim()).Where(part => part.Length > 0).ToList();
        return parts.Count > 0 && !command.Contains("$(") && !command.Contains('`') && parts.All(part => MatchesOne(specifier, part));
    }

    private static bool MatchesOne(string specifier, string command)
    {
        if (specifier.EndsWith(":*", StringComparison.Ordinal))
        {
            var prefix = specifier[..^2].TrimEnd();
            return command == prefix || command.StartsWith(prefix + " ", StringComparison.Ordinal);
        }

        if (specifier.Contains('*'))
        {
            var pattern = "^" + string.Join(".*", specifier.Split('*').Select(Regex.Escape)) + "$";
            return Regex.IsMatch(command, pattern, RegexOptions.Singleline, TimeSpan.FromMilliseconds(100));
        }

        return command == specifier;
    }

    [GeneratedRegex(@"&&|\|\||;|\||\r?\n")]
    private static partial Regex ChainOperators();
}
