using System.Text.RegularExpressions;

namespace Baton.Api.Conversations;

/// <summary>
/// A conversation's title taken from its first message with text, so the list tells conversations apart
/// without a model call: the first line with text, its whitespace folded, cut at a word.
/// </summary>
public static partial class ConversationTitle
{
    /// <summary>A new conversation's title until its first message names it.</summary>
    public const string Default = "New conversation";

    public const int MaxLength = 60;

    /// <summary>The title a message gives, or null when it has no text to name it by.</summary>
    public static string? FromMessage(string content)
    {
        var line = content.Split('\n').Select(l => Whitespace().Replace(l, " ").Trim()).FirstOrDefault(l => l.Length > 0);
        if (line is null)
        {
            return null;
        }

        if (line.Length <= MaxLength)
        {
            return line;
        }

        var cut = line[..(MaxLength - 1)];
        var lastSpace = cut.LastIndexOf(' ');
        // A word longer than half the title is cut inside; otherwise at the last whole word.
        return (lastSpace > MaxLength / 2 ? cut[..lastSpace] : cut).TrimEnd() + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
