using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Endpoints.Projects;

public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/projects").WithTags("Projects").RequireAuthorization();

        api.MapGet("", ListProjects)
            .WithName(nameof(ListProjects))
            .WithSummary("The signed-in user's projects, by name");
        api.MapGet("{id:guid}", GetProject)
            .WithName(nameof(GetProject))
            .WithSummary("One project");
        api.MapPost("", CreateProject)
            .WithName(nameof(CreateProject))
            .WithSummary("Create a project bound to one of the user's bridges")
            .WithRequestValidation<ProjectRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("{id:guid}", UpdateProject)
            .WithName(nameof(UpdateProject))
            .WithSummary("Rename a project, move its root or bind it to another bridge")
            .WithRequestValidation<ProjectRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("{id:guid}", DeleteProject)
            .WithName(nameof(DeleteProject))
            .WithSummary("Delete a project with its conversations and rules");

        return app;
    }

    public static async Task<Ok<List<ProjectResponse>>> ListProjects(
        ClaimsPrincipal principal, BatonDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.OwnerId == userId)
            .OrderBy(p => p.Name)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(projects.ConvertAll(ProjectResponse.From));
    }

    public static async Task<Results<Ok<ProjectResponse>, NotFound>> GetProject(
        Guid id, ClaimsPrincipal principal, BatonDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var project = await db.Projects.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == id && p.OwnerId == userId, cancellationToken);
        return project is null ? TypedResults.NotFound() : TypedResults.Ok(ProjectResponse.From(project));
    }

    public static async Task<Results<Created<ProjectResponse>, ProblemHttpResult>> CreateProject(
        ProjectRequest request, ClaimsPrincipal principal, BatonDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        if (await CheckRequestAsync(db, userId, current: null, request, cancellationToken) is { } problem)
        {
            return problem;
        }

        var now = time.GetUtcNow();
        var project = new Project
        {
            Id = Guid.CreateVersion7(),
            OwnerId = userId,
            Name = request.Name,
            RootDirectory = request.RootDirectory,
            BridgeId = request.BridgeId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/projects/{project.Id}", ProjectResponse.From(project));
    }

    public static async Task<Results<Ok<ProjectResponse>, NotFound, ProblemHttpResult>> UpdateProject(
        Guid id, ProjectRequest request, ClaimsPrincipal principal, BatonDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id && p.OwnerId == userId, cancellationToken);
        if (project is null)
        {
            return TypedResults.NotFound();
        }

        if (await CheckRequestAsync(db, userId, project, request, cancellationToken) is { } problem)
        {
            return problem;
        }

        project.Name = request.Name;
        project.RootDirectory = request.RootDirectory;
        project.BridgeId = request.BridgeId;
        project.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProjectResponse.From(project));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteProject(
        Guid id, ClaimsPrincipal principal, BatonDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var deleted = await db.Projects.Where(p => p.Id == id && p.OwnerId == userId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    /// <summary>
    /// The bridge must be one of the user's live bridges (or the one the project has, so a project whose
    /// bridge was revoked can still be renamed), and the name free among the user's other projects.
    /// </summary>
    private static async Task<ProblemHttpResult?> CheckRequestAsync(
        BatonDbContext db, Guid userId, Project? current, ProjectRequest request, CancellationToken cancellationToken)
    {
        var bridgeUsable = request.BridgeId == current?.BridgeId
            || await db.Bridges.AnyAsync(b => b.Id == request.BridgeId && b.OwnerId == userId && b.RevokedAt == null, cancellationToken);
        if (!bridgeUsable)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "The bridge was not found.");
        }

        var currentId = current?.Id;
        var nameTaken = await db.Projects.AnyAsync(
            p => p.OwnerId == userId && p.Name == request.Name && p.Id != currentId, cancellationToken);
        return nameTaken
            ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: "A project with this name exists.")
            : null;
    }
}
