using Microsoft.AspNetCore.Mvc;

namespace Baton.Api.Usage;

/// <summary>How many days back (today included) and in which IANA time zone days begin.</summary>
public sealed record UsageQuery(
    [FromQuery(Name = "days")] int Days = 30,
    [FromQuery(Name = "timeZone")] string TimeZone = "UTC");
