namespace Baton.Api.Search;

/// <summary>What search queries share with the index the <c>MessageSearch</c> migration made.</summary>
public static class MessageSearchSql
{
    /// <summary>The text search configuration of the index; a query must use the same one to use it.</summary>
    public const string Language = "english";

    /// <summary>Marks the start and end of a matched word in a snippet: private-use characters no message holds.</summary>
    public const char HighlightStart = '\uE000';
    public const char HighlightEnd = '\uE001';
}
