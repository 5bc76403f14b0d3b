using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Hubs;
using Baton.Api.LocalSessions;
using Baton.Api.Runs;
using Baton.Contracts.Bridges;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Bridges;

/// <summary>
/// A bridge arriving (<c>bridge:connect</c>) and leaving. Arriving: runs it no longer has fail at once,
/// then it is announced where it is (never before, so no new run reaches it meanwhile), its owner hears
/// of it, it gets what it is owed, and its recent conversations are brought up to date with what a terminal
/// added to their sessions meanwhile. Leaving: its record goes unless a newer connection took over.
/// </summary>
public sealed class BridgeConnector(
    BatonDbContext db,
    RunRecorder recorder,
    RunOutcomePublisher publisher,
    IBridgePresence presence,
    LocalBridgeConnections localBridges,
    OpenBridgeConnections openConnections,
    BridgeCommandDelivery delivery,
    TranscriptSyncs transcriptSyncs,
    InstanceIdentity instance,
    IHubContext<ChatHub, IChatClient> chatHub,
    TimeProvider time,
    ILogger<BridgeConnector> logger)
{
    /// <summary>
    /// A new connection is counted among the bridge's open ones before its revocation is looked up
    /// again, so a revocation stored since its token was checked either is seen here or closes it.
    /// </summary>
    public async Task OpenAsync(Guid bridgeId, HubCallerContext connection, CancellationToken cancellationToken)
    {
        openConnections.Add(bridgeId, connection);
        if (await IsRevokedAsync(bridgeId, cancellationToken))
        {
            logger.LogInformation("Bridge {BridgeId} was revoked as it connected; closing {ConnectionId}", bridgeId, connection.ConnectionId);
            connection.Abort();
        }
    }

    public async Task<ConnectBridgeResult> ConnectAsync(
        Guid bridgeId, Guid ownerId, string name, ConnectBridgeRequest request, HubCallerContext connection, CancellationToken cancellationToken)
    {
        if (await IsRevokedAsync(bridgeId, cancellationToken))
        {
            connection.Abort();
            throw HubErrors.Create(ErrorCodes.Unauthorized, "The bridge token was revoked.");
        }

        var stillRunning = request.ActiveRuns.Select(run => run.RequestId).ToHashSet();
        var orphaned = await db.Runs.AsNoTracking()
            .Where(r => r.BridgeId == bridgeId && (r.Status == RunStatus.Dispatched || r.Status == RunStatus.Running))
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        foreach (var runId in orphaned.Where(id => !stillRunning.Contains(id)))
        {
            logger.LogInformation("Bridge {BridgeId} reconnected without run {RunId}; failing it", bridgeId, runId);
            if (await recorder.FailAsync(runId, ErrorCodes.BridgeDisconnected, "The bridge reconnected without this run.", cancellationToken) is { } batch)
            {
                await publisher.PublishAsync(batch);
            }
        }

        // Kept for when the bridge is offline: how to continue one of its sessions in a terminal.
        await db.Bridges.Where(b => b.Id == bridgeId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(b => b.CliPath, request.CliPath).SetProperty(b => b.CliConfigDir, request.CliConfigDir), cancellationToken);
        var location = new BridgeLocation(instance.Id, connection.ConnectionId, time.GetUtcNow());
        localBridges.Add(new ConnectedBridge(bridgeId, location, connection));
        await presence.AnnounceAsync(bridgeId, location, cancellationToken);
        logger.LogInformation("Bridge {BridgeId} ({Name}, version {Version}) connected on {ConnectionId}", bridgeId, name, request.Version, connection.ConnectionId);
        await NotifyOwnerAsync(ownerId, owner => owner.BridgeConnected(new BridgePresence(bridgeId, name)));
        delivery.Signal(bridgeId);
        transcriptSyncs.RequestForBridge(bridgeId);
        return new ConnectBridgeResult(bridgeId);
    }

    public async Task DisconnectAsync(Guid bridgeId, Guid ownerId, string name, string connectionId)
    {
        openConnections.Remove(connectionId);
        var wasAnnounced = localBridges.Remove(bridgeId, connectionId);
        try
        {
            wasAnnounced = await presence.WithdrawAsync(bridgeId, connectionId, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The record expires by itself; the owner still hears that this connection went.
            logger.LogWarning(exception, "Could not withdraw the presence of bridge {BridgeId}", bridgeId);
        }

        if (wasAnnounced)
        {
            logger.LogInformation("Bridge {BridgeId} disconnected from {ConnectionId}", bridgeId, connectionId);
            await NotifyOwnerAsync(ownerId, owner => owner.BridgeDisconnected(new BridgePresence(bridgeId, name)));
        }
    }

    private Task<bool> IsRevokedAsync(Guid bridgeId, CancellationToken cancellationToken) =>
        db.Bridges.AnyAsync(b => b.Id == bridgeId && b.RevokedAt != null, cancellationToken);

    private async Task NotifyOwnerAsync(Guid ownerId, Func<IChatClient, Task> send)
    {
        try
        {
            await send(chatHub.Clients.Group(Rooms.User(ownerId.ToString())));
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not tell user {UserId} about their bridge", ownerId);
        }
    }
}
