using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.LocalSessions;

/// <summary>
/// Local Claude Code sessions over HTTP: listing and importing are requests with an answer (and a large
/// import takes a while), not real-time traffic, so they are data operations beside the history, and their
/// failures are ProblemDetails with the bridge's code (<c>bridge_unavailable</c>, <c>not_found</c>, …).
/// </summary>
public static class LocalSessionsApi
{
    public static IEndpointRouteBuilder MapLocalSessionsApi(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("api/projects").WithTags("Local sessions").RequireAuthorization();
        projects.MapGet("{projectId:guid}/local-sessions", ListLocalSessions)
            .WithName(nameof(ListLocalSessions))
            .WithSummary("The Claude Code sessions on the project's bridge machine that ran in the project's folder, newest first");
        projects.MapPost("{projectId:guid}/local-sessions/{sessionId:guid}/import", ImportLocalSession)
            .WithName(nameof(ImportLocalSession))
            .WithSummary("The conversation bound to a local session: created with its history, or brought up to date when it exists");
        return app;
    }

    public static async Task<Results<Ok<LocalSessionListing>, ProblemHttpResult>> ListLocalSessions(
        Guid projectId, ClaimsPrincipal principal, TranscriptImporter importer, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await importer.ListAsync(principal.GetUserId(), projectId, cancellationToken));
        }
        catch (HubException exception)
        {
            return BridgeProblems.From(exception);
        }
    }

    public static async Task<Results<Created<ConversationResponse>, Ok<ConversationResponse>, ProblemHttpResult>> ImportLocalSession(
        Guid projectId, Guid sessionId, ClaimsPrincipal principal, TranscriptImporter importer, CancellationToken cancellationToken)
    {
        try
        {
            var (conversation, created) = await importer.ImportAsync(principal.GetUserId(), projectId, sessionId.ToString(), cancellationToken);
            var response = ConversationResponse.From(conversation);
            return created
                ? TypedResults.Created($"/api/chat/conversation/{conversation.Id}", response)
                : TypedResults.Ok(response);
        }
        catch (HubException exception)
        {
            return BridgeProblems.From(exception);
        }
    }
}
