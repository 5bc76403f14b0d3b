using Microsoft.AspNetCore.Mvc;

namespace Baton.Api.Endpoints.Chat;

/// <summary>The newest <c>limit</c> messages, or those just before the message <c>before</c>.</summary>
public sealed record MessagePageQuery(
    [FromQuery(Name = "before")] Guid? Before = null,
    [FromQuery(Name = "limit")] int Limit = 50);
