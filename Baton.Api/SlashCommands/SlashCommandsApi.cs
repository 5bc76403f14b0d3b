using System.Security.Claims;
using System.Text.Json;
using Baton.Api.Auth;
using Baton.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.SlashCommands;

public static class SlashCommandsApi
{
    public static IEndpointRouteBuilder MapSlashCommandsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("api/projects").WithTags("Projects").RequireAuthorization()
            .MapGet("{projectId:guid}/slash-commands", GetSlashCommands)
            .WithName(nameof(GetSlashCommands))
            .WithSummary("The slash commands Claude Code listed when it last started a turn in this project")
            .WithDescription("Built-ins, the project's `.claude/commands`, skills and plugins, with descriptions; `terminalOnly` ones work only in the CLI's own terminal. Empty until Claude Code has run in the project.");
        return app;
    }

    public static async Task<Results<Ok<SlashCommandsResponse>, NotFound>> GetSlashCommands(
        Guid projectId, ClaimsPrincipal principal, BatonDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        if (!await db.Projects.AnyAsync(p => p.Id == projectId && p.OwnerId == userId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        // Every conversation of a project runs the same CLI in the same folder: the newest list holds for all.
        var newest = await db.Conversations.AsNoTracking()
            .Where(c => c.ProjectId == projectId && c.OwnerId == userId && c.SlashCommands != null)
            .OrderByDescending(c => c.UpdatedAt)
            .Select(c => c.SlashCommands)
            .FirstOrDefaultAsync(cancellationToken);
        var commands = newest?.Deserialize<List<SlashCommand>>(JsonSerializerOptions.Web) ?? [];
        return TypedResults.Ok(new SlashCommandsResponse(commands));
    }
}
