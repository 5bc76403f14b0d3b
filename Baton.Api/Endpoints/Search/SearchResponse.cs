using Baton.Api.Search;

namespace Baton.Api.Endpoints.Search;

/// <summary>The messages that matched, in the order asked for.</summary>
public sealed record SearchResponse(IReadOnlyList<SearchHit> Hits);
