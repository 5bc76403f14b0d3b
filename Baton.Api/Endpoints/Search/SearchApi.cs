using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.Search;
using Baton.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Api.Endpoints.Search;

public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("api").WithTags("Search").RequireAuthorization()
            .MapGet("search", Search)
            .WithName(nameof(Search))
            .WithSummary("Full-text search over the text, tool calls, tool results and attachment names of every message the user owns")
            .WithRequestValidation<SearchQuery>();
        return app;
    }

    public static async Task<Ok<SearchResponse>> Search(
        [AsParameters] SearchQuery query,
        ClaimsPrincipal principal,
        MessageSearch search,
        CancellationToken cancellationToken)
    {
        var hits = await search.FindAsync(principal.GetUserId(), query.Q!, query.SearchOrder, query.Limit, cancellationToken);
        return TypedResults.Ok(new SearchResponse(hits));
    }
}
