namespace Baton.Api.Permissions;

/// <summary>
/// A permission rule in the CLI's syntax, split into the tool it names and the optional
/// specifier in parentheses: <c>Edit</c>, <c>Bash(git status:*)</c>, <c>Read(src/**)</c>.
/// </summary>
public sealed record ToolRule(string Tool, string? Specifier)
{
    public static bool TryParse(string text, out ToolRule rule)
    {
        rule = new ToolRule("", null);
        text = text.Trim();
        var open = text.IndexOf('(');
        if (open < 0)
        {
            rule = new ToolRule(text, null);
            return text.Length > 0 && !text.Contains(')');
        }

        if (open == 0 || !text.EndsWith(')'))
        {
            return false;
        }

        var specifier = text[(open + 1)..^1].Trim();
        // "Bash()" and "Bash(*)" mean the whole tool, as the CLI reads them.
        rule = new ToolRule(text[..open].Trim(), specifier is "" or "*" ? null : specifier);
        return true;
    }
}
