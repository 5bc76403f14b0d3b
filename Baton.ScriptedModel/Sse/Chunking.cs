using System.Text.RegularExpressions;

namespace Baton.ScriptedModel.Sse;

/// <summary>Cuts text into the pieces a stream sends; the pieces always join back into the text.</summary>
public static partial class Chunking
{
    /// <summary>One word with the whitespace around it per piece, as a model streams prose.</summary>
    public static IEnumerable<string> ByWord(string text) =>
        Word().Matches(text).Select(match => match.Value);

    /// <summary>Fixed-size pieces, as tool input JSON arrives.</summary>
    public static IEnumerable<string> BySize(string text, int size) =>
        text.Chunk(size).Select(piece => new string(piece));

    [GeneratedRegex(@"\s*\S+\s*")]
    private static partial Regex Word();
}
