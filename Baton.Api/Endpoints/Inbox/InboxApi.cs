using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.Inbox;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Api.Endpoints.Inbox;

public static class InboxApi
{
    public static IEndpointRouteBuilder MapInboxApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/inbox").WithTags("Inbox").RequireAuthorization();
        api.MapGet("", GetInbox)
            .WithName(nameof(GetInbox))
            .WithSummary("What needs the user across all their projects: waiting prompts, running runs and recent failed runs");
        api.MapPost("failed-runs/{id:guid}/dismiss", DismissFailedRun)
            .WithName(nameof(DismissFailedRun))
            .WithSummary("Take a failed run out of the inbox");
        return app;
    }

    public static async Task<Ok<InboxContents>> GetInbox(ClaimsPrincipal principal, InboxReader inbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(await inbox.ReadAsync(principal.GetUserId(), cancellationToken));

    public static async Task<Results<NoContent, NotFound>> DismissFailedRun(
        Guid id, ClaimsPrincipal principal, FailedRunDismissal dismissal, CancellationToken cancellationToken) =>
        await dismissal.DismissAsync(principal.GetUserId(), id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
