namespace Baton.Api.Search;

/// <summary>How search results are ordered: the best matches first, or the newest messages first.</summary>
public enum SearchOrder
{
    Best,
    Newest,
}
