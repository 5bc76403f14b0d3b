using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.ScriptedModel.RequestLogging;

public static class RequestLogApi
{
    public static IEndpointRouteBuilder MapRequestLogApi(this IEndpointRouteBuilder endpoints)
    {
        var requests = endpoints.MapGroup("/scripted/requests").WithTags("Request log");
        requests.MapGet("", GetRequests).WithName(nameof(GetRequests)).WithSummary("The recent /v1/messages request bodies, oldest first.");
        requests.MapDelete("", ClearRequests).WithName(nameof(ClearRequests)).WithSummary("Forgets the recorded request bodies.");
        return endpoints;
    }

    public static Ok<IReadOnlyList<JsonElement>> GetRequests(RequestLog log) => TypedResults.Ok(log.Bodies());

    public static NoContent ClearRequests(RequestLog log)
    {
        log.Clear();
        return TypedResults.NoContent();
    }
}
