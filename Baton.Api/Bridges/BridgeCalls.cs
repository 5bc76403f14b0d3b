using Baton.Api.Data;
using Baton.Contracts.Bridges;
using Baton.Contracts.Context;
using Baton.Contracts.Errors;
using Baton.Contracts.Files;
using Baton.Contracts.Hubs;
using Baton.Contracts.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Bridges;

/// <summary>
/// A browser's questions for its project's bridge (<c>files:list</c>, <c>files:content</c>,
/// <c>bridge:health</c>, <c>workspace:diff</c>, <c>context:usage</c>), forwarded as client-result calls with the project's root and a timeout.
/// </summary>
public sealed class BridgeCalls(
    BatonDbContext db,
    IBridgePresence presence,
    ProjectBridges projects,
    BridgeCaller caller)
{
    public async Task<FileListing> ListFilesAsync(Guid userId, ListFilesRequest request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(userId, request.ProjectId, cancellationToken);
        var location = await projects.LocateAsync(project.BridgeId, cancellationToken);
        return await CallAsync(location, (bridge, token) =>
            bridge.ListFiles(new ListRootFilesRequest(project.RootDirectory, request.Path, request.Query), token));
    }

    public async Task<FileContent> ReadFileAsync(Guid userId, ReadFileRequest request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(userId, request.ProjectId, cancellationToken);
        var location = await projects.LocateAsync(project.BridgeId, cancellationToken);
        return await CallAsync(location, (bridge, token) => bridge.ReadFile(new ReadRootFileRequest(project.RootDirectory, request.Path), token));
    }

    public async Task<WorkspaceDiff> GetWorkspaceDiffAsync(Guid userId, WorkspaceDiffRequest request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(userId, request.ProjectId, cancellationToken);
        var location = await projects.LocateAsync(project.BridgeId, cancellationToken);
        return await CallAsync(location, (bridge, token) => bridge.GetWorkspaceDiff(new WorkspaceRootDiffRequest(project.RootDirectory), token));
    }

    public async Task<ContextUsage> GetContextUsageAsync(Guid userId, ContextUsageRequest request, CancellationToken cancellationToken)
    {
        var bridgeId = await db.Conversations.AsNoTracking()
            .Where(c => c.Id == request.ConversationId && c.OwnerId == userId)
            .Join(db.Projects, c => c.ProjectId, p => p.Id, (_, p) => (Guid?)p.BridgeId)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw HubErrors.Create(ErrorCodes.NotFound, "The conversation was not found.");
        var location = await projects.LocateAsync(bridgeId, cancellationToken);
        return await CallAsync(location, (bridge, token) => bridge.GetContextUsage(request, token));
    }

    /// <summary>An offline bridge is an answer here (<c>online: false</c>), not a failure.</summary>
    public async Task<BridgeHealth> GetHealthAsync(Guid userId, BridgeHealthRequest request, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(userId, request.ProjectId, cancellationToken);
        var name = await db.Bridges.AsNoTracking().Where(b => b.Id == project.BridgeId).Select(b => b.Name).SingleAsync(cancellationToken);
        if (await presence.LocateAsync(project.BridgeId, cancellationToken) is not { } location)
        {
            return new BridgeHealth(project.BridgeId, name, false, null);
        }

        var status = await CallAsync(location, (bridge, token) => bridge.GetStatus(new BridgeStatusRequest(project.RootDirectory), token));
        return new BridgeHealth(project.BridgeId, name, true, status);
    }

    private Task<T> CallAsync<T>(BridgeLocation location, Func<IBridgeClient, CancellationToken, Task<T>> call) =>
        caller.CallAsync(location.ConnectionId, call);
}
