using Microsoft.AspNetCore.Mvc;

namespace Baton.Api.Endpoints.Chat;

public sealed record EventPageQuery(
    [FromQuery(Name = "afterSeq")] long AfterSeq = 0,
    [FromQuery(Name = "limit")] int Limit = 200);
