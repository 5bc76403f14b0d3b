using Microsoft.AspNetCore.Mvc;

namespace Baton.Api.Endpoints.Chat;

/// <summary>Page numbers start at 1.</summary>
public sealed record ConversationPageQuery(
    [FromQuery(Name = "page")] int Page = 1,
    [FromQuery(Name = "pageSize")] int PageSize = 20);
