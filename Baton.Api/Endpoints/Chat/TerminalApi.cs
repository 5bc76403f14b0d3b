using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Endpoints.Chat;

public static class TerminalApi
{
    public static IEndpointRouteBuilder MapTerminalApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("api/chat").WithTags("Conversations").RequireAuthorization()
            .MapGet("conversation/{id:guid}/terminal", GetTerminalCommand)
            .WithName(nameof(GetTerminalCommand))
            .WithSummary("The shell command that continues this conversation's Claude session on its bridge's machine");
        return app;
    }

    public static async Task<Results<Ok<TerminalCommandResponse>, NotFound, ProblemHttpResult>> GetTerminalCommand(
        Guid id, ClaimsPrincipal principal, BatonDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var found = await db.Conversations.AsNoTracking()
            .Where(c => c.Id == id && c.OwnerId == userId)
            .Join(db.Projects, c => c.ProjectId, p => p.Id, (c, p) => new { c.ClaudeSessionId, p.RootDirectory, p.BridgeId })
            .Join(db.Bridges, x => x.BridgeId, b => b.Id, (x, b) => new { x.ClaudeSessionId, x.RootDirectory, b.Name, b.CliPath, b.CliConfigDir })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        if (found.ClaudeSessionId is not { } sessionId)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                detail: "This conversation has no Claude session yet: send it a message first.");
        }

        var command = TerminalCommand.For(found.RootDirectory, found.CliPath, found.CliConfigDir, sessionId);
        return TypedResults.Ok(new TerminalCommandResponse(command, sessionId, found.Name));
    }
}
