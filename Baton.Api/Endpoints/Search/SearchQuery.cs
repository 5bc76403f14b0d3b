using Baton.Api.Search;
using Microsoft.AspNetCore.Mvc;

namespace Baton.Api.Endpoints.Search;

/// <summary>
/// What to search for (words, "a phrase", -left out, or), in which order (<c>best</c> matches or
/// <c>newest</c> first), and how many hits at most.
/// </summary>
public sealed record SearchQuery(
    [FromQuery(Name = "q")] string? Q = null,
    [FromQuery(Name = "order")] string Order = SearchQuery.Best,
    [FromQuery(Name = "limit")] int Limit = 20)
{
    public const string Best = "best";
    public const string Newest = "newest";

    public SearchOrder SearchOrder => Order == Newest ? SearchOrder.Newest : SearchOrder.Best;
}
