using System.Text.Json.Nodes;
using Baton.ScriptedModel.Wire;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.ScriptedModel.Api;

/// <summary>Requests the CLI makes besides the Messages API, and a logged 404 for anything unforeseen.</summary>
public static class UnscriptedRequests
{
    public static IEndpointRouteBuilder MapUnscriptedRequests(this IEndpointRouteBuilder endpoints)
    {
        // The CLI warms its connection with HEAD /api/hello at start-up and ignores the answer.
        endpoints.MapMethods("/api/hello", [HttpMethods.Head, HttpMethods.Get], () => TypedResults.Ok()).WithName("Hello");
        endpoints.MapFallback(NotScripted);
        return endpoints;
    }

    public static JsonHttpResult<JsonObject> NotScripted(HttpRequest request, ILoggerFactory loggerFactory)
    {
        // A warning, so a new CLI version calling something new shows up in the logs.
        loggerFactory.CreateLogger(typeof(UnscriptedRequests)).LogWarning(
            "Unscripted request {Method} {Path}{Query}", request.Method, request.Path, request.QueryString);
        return TypedResults.Json(
            MessageJson.Error("not_found_error", $"The scripted model has no answer for {request.Method} {request.Path}."),
            statusCode: StatusCodes.Status404NotFound);
    }
}
