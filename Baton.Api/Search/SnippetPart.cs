namespace Baton.Api.Search;

/// <summary>A piece of a search result's snippet; <paramref name="Match"/> when it is a word the query found.</summary>
public sealed record SnippetPart(string Text, bool Match)
{
    /// <summary>Splits PostgreSQL's headline at the marks it put around each match.</summary>
    public static IReadOnlyList<SnippetPart> Parse(string headline)
    {
        var parts = new List<SnippetPart>();
        var rest = headline.AsSpan();
        while (!rest.IsEmpty)
        {
            var start = rest.IndexOf(MessageSearchSql.HighlightStart);
            if (start < 0)
            {
                parts.Add(new SnippetPart(rest.ToString(), Match: false));
                break;
            }

            if (start > 0)
            {
                parts.Add(new SnippetPart(rest[..start].ToString(), Match: false));
            }

            rest = rest[(start + 1)..];
            var end = rest.IndexOf(MessageSearchSql.HighlightEnd);
            var match = end < 0 ? rest : rest[..end];
            parts.Add(new SnippetPart(match.ToString(), Match: true));
            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return parts;
    }
}
