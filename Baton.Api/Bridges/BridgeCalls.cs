using Baton.Api.Data;
using Baton.Api.Hubs;
using Baton.Contracts.Bridges;
using Baton.Contracts.Errors;
using Baton.Contracts.Files;
using Baton.Contracts.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Baton.Api.Bridges;

/// <summary>
/// A browser's questions for its project's bridge (<c>files:list</c>, <c>files:content</c>,
/// <c>bridge:health</c>), forwarded as client-result calls with the project's root and a timeout.
/// </summary>
public sealed class BridgeCalls(
    BatonDbContext db,
    IBridgePresence presence,
    IHubContext<BridgeHub, IBridgeClient> hub,
    IOptions<BridgeOptions> options,
    ILogger<BridgeCalls> logger)
{
    public async Task<FileListing> ListFilesAsync(Guid userId, ListFilesRequest request, CancellationToken cancellationToken)
    {
        var project = await FindProjectAsync(userId, request.ProjectId, cancellationToken);
        var location = await LocateAsync(project.BridgeId, cancellationToken);
        return await CallAsync(location, (bridge, token) =>
            bridge.ListFiles(new ListRootFilesRequest(project.RootDirectory, request.Path, request.Query), token));
    }

    public async Task<FileContent> ReadFileAsync(Guid userId, ReadFileRequest request, CancellationToken cancellationToken)
    {
        var project = await FindProjectAsync(userId, request.ProjectId, cancellationToken);
        var location = await LocateAsync(project.BridgeId, cancellationToken);
        return await CallAsync(location, (bridge, token) => bridge.ReadFile(new ReadRootFileRequest(project.RootDirectory, request.Path), token));
    }

    /// <summary>An offline bridge is an answer here (<c>online: false</c>), not a failure.</summary>
    public async Task<BridgeHealth> GetHealthAsync(Guid userId, BridgeHealthRequest request, CancellationToken cancellationToken)
    {
        var project = await FindProjectAsync(userId, request.ProjectId, cancellationToken);
        var name = await db.Bridges.AsNoTracking().Where(b => b.Id == project.BridgeId).Select(b => b.Name).SingleAsync(cancellationToken);
        if (await presence.LocateAsync(project.BridgeId, cancellationToken) is not { } location)
        {
            return new BridgeHealth(project.BridgeId, name, false, false, null, null, false, false, 0, 0);
        }

        var status = await CallAsync(location, (bridge, token) => bridge.GetStatus(new BridgeStatusRequest(project.RootDirectory), token));
        return new BridgeHealth(
            project.BridgeId, name, true, status.CliFound, status.CliVersion, status.InstallHint, status.Demo, status.BypassAllowed, status.ActiveRuns, status.UptimeSeconds);
    }

    private async Task<ProjectTarget> FindProjectAsync(Guid userId, Guid projectId, CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId && p.OwnerId == userId)
            .Select(p => new ProjectTarget(p.RootDirectory, p.BridgeId))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw HubErrors.Create(ErrorCodes.NotFound, "The project was not found.");

    private async Task<BridgeLocation> LocateAsync(Guid bridgeId, CancellationToken cancellationToken) =>
        await presence.LocateAsync(bridgeId, cancellationToken)
        ?? throw HubErrors.Create(ErrorCodes.BridgeUnavailable, "The project's bridge is offline.");

    private async Task<T> CallAsync<T>(BridgeLocation location, Func<IBridgeClient, CancellationToken, Task<T>> call)
    {
        using var timeout = new CancellationTokenSource(options.Value.ClientResultTimeout);
        try
        {
            return await call(hub.Clients.Client(location.ConnectionId), timeout.Token);
        }
        catch (Exception) when (timeout.IsCancellationRequested)
        {
            throw HubErrors.Create(ErrorCodes.BridgeTimeout, "The bridge did not answer in time.");
        }
        catch (HubException exception) when (HubErrors.ExtractCode(exception) is { } code && code != ErrorCodes.Internal)
        {
            // The bridge's own refusal (outside_root, file_too_large, ...) reaches the browser as it is.
            var at = exception.Message.LastIndexOf(code + ": ", StringComparison.Ordinal);
            throw HubErrors.Create(code, at < 0 ? exception.Message : exception.Message[(at + code.Length + 2)..]);
        }
        catch (HubException exception)
        {
            // The bridge answered, with a failure it gave no code: its connection is fine, so the
            // browser must not be told the bridge is away.
            logger.LogWarning(exception, "The bridge on connection {ConnectionId} failed a call", location.ConnectionId);
            throw HubErrors.Create(ErrorCodes.Internal, "The bridge could not do this.");
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "A call to the bridge on connection {ConnectionId} failed", location.ConnectionId);
            throw HubErrors.Create(ErrorCodes.BridgeUnavailable, "The bridge could not answer.");
        }
    }

    private sealed record ProjectTarget(string RootDirectory, Guid BridgeId);
}
