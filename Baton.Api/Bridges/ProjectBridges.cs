using Baton.Api.Data;
using Baton.Contracts.Errors;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Bridges;

/// <summary>A project's folder and bridge, as a call to that bridge needs them: the user's own project only, its bridge online.</summary>
public sealed class ProjectBridges(BatonDbContext db, IBridgePresence presence)
{
    public async Task<ProjectBridge> FindAsync(Guid userId, Guid projectId, CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId && p.OwnerId == userId)
            .Select(p => new ProjectBridge(p.RootDirectory, p.BridgeId))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw HubErrors.Create(ErrorCodes.NotFound, "The project was not found.");

    public async Task<BridgeLocation> LocateAsync(Guid bridgeId, CancellationToken cancellationToken) =>
        await presence.LocateAsync(bridgeId, cancellationToken)
        ?? throw HubErrors.Create(ErrorCodes.BridgeUnavailable, "The project's bridge is offline.");
}

/// <summary>Where a project lives: its folder on its bridge's machine.</summary>
public sealed record ProjectBridge(string RootDirectory, Guid BridgeId);
