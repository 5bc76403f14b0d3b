using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.ScriptedModel.Conversation;
using Baton.ScriptedModel.Replies;
using Baton.ScriptedModel.RequestLogging;
using Baton.ScriptedModel.Scenarios;
using Baton.ScriptedModel.Sse;
using Baton.ScriptedModel.Wire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Baton.ScriptedModel.Api;

/// <summary>The Messages API endpoints the CLI calls (it adds <c>?beta=true</c>, which routing ignores).</summary>
public static class MessagesApi
{
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder endpoints)
    {
        var messages = endpoints.MapGroup("/v1/messages").WithTags("Messages");
        messages.MapPost("", CreateMessage).WithName(nameof(CreateMessage)).WithSummary("Answers with the scenario the last user text picks.");
        messages.MapPost("/count_tokens", CountTokens).WithName(nameof(CountTokens)).WithSummary("Estimates the request's input tokens.");
        return endpoints;
    }

    public static Results<ServerSentEventsResult<JsonObject>, Ok<JsonObject>, JsonHttpResult<JsonObject>> CreateMessage(
        [FromBody] JsonElement body,
        ScenarioCatalogue catalogue,
        RequestLog log,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        log.Record(body);
        var request = MessagesRequest.Read(body);
        var messageId = $"msg_scripted_{Guid.NewGuid():N}";

        return catalogue.Answer(request) switch
        {
            ScriptedError error => TypedResults.Json(MessageJson.Error(error.ErrorType, error.Message), statusCode: error.StatusCode),
            ScriptedReply reply when request.Stream => TypedResults.ServerSentEvents(
                ReplyStream.Events(reply, messageId, request.Model, request.InputTokens, timeProvider, cancellationToken)),
            ScriptedReply reply => TypedResults.Ok(MessageJson.Message(
                messageId,
                request.Model,
                [.. reply.Blocks.Select(MessageJson.Block)],
                reply.StopReason,
                MessageJson.Usage(request.InputTokens, TokenEstimate.ForReply(reply)))),
            var outcome => throw new InvalidOperationException($"Unknown scripted outcome {outcome}."),
        };
    }

    public static Ok<JsonObject> CountTokens([FromBody] JsonElement body) =>
        TypedResults.Ok(new JsonObject { ["input_tokens"] = TokenEstimate.FromCharacters(body.GetRawText().Length) });
}
