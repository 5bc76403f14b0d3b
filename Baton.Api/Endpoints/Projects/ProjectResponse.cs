using Baton.Api.Data.Entities;

namespace Baton.Api.Endpoints.Projects;

public sealed record ProjectResponse(
    Guid Id,
    string Name,
    string RootDirectory,
    Guid BridgeId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ProjectResponse From(Project project) => new(
        project.Id, project.Name, project.RootDirectory, project.BridgeId, project.CreatedAt, project.UpdatedAt);
}
