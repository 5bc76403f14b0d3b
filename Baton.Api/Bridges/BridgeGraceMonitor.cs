using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Runs;
using Baton.Contracts.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Baton.Api.Bridges;

/// <summary>
/// Fails the runs of a bridge that stayed away longer than the reconnect grace, so no conversation
/// stays stuck. Every instance watches (one that held the bridge may be gone too); a presence that
/// cannot be read (Redis away) counts as unknown, never as offline. The time away counts from when
/// the bridge left, when the presence remembers it; otherwise from when this instance first saw it
/// gone. Sweeps are seconds apart, so they alone could take a bridge that came back and left again
/// in between (or whose record was lost with a Redis restart) for one away all along.
/// </summary>
public sealed class BridgeGraceMonitor(
    IServiceScopeFactory scopes,
    IBridgePresence presence,
    LocalBridgeConnections localBridges,
    RunOutcomePublisher publisher,
    DatabaseReadiness readiness,
    IOptions<BridgeOptions> options,
    TimeProvider time,
    ILogger<BridgeGraceMonitor> logger) : PeriodicDatabaseSweep(readiness, time, logger)
{
    private readonly Dictionary<Guid, DateTimeOffset> _offlineSince = [];

    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDbContext>();
        var bridgeIds = await db.Runs.AsNoTracking()
            .Where(r => r.Status == RunStatus.Dispatched || r.Status == RunStatus.Running)
            .Select(r => r.BridgeId)
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var gone in _offlineSince.Keys.Except(bridgeIds).ToList())
        {
            _offlineSince.Remove(gone);
        }

        var now = Time.GetUtcNow();
        foreach (var bridgeId in bridgeIds)
        {
            DateTimeOffset? leftAt;
            try
            {
                if (localBridges.Find(bridgeId) is not null || await presence.IsOnlineAsync(bridgeId, cancellationToken))
                {
                    _offlineSince.Remove(bridgeId);
                    continue;
                }

                leftAt = await presence.LeftAtAsync(bridgeId, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                Logger.LogDebug(exception, "Presence of bridge {BridgeId} unknown", bridgeId);
                continue;
            }

            var since = leftAt ?? _offlineSince.GetValueOrDefault(bridgeId, now);
            _offlineSince[bridgeId] = since;
            if (now - since >= GraceFor(leftAt))
            {
                await FailRunsAsync(scope.ServiceProvider, db, bridgeId, cancellationToken);
                _offlineSince.Remove(bridgeId);
            }
        }
    }

    /// <summary>
    /// A bridge that left has its grace. A record that vanished without saying so (Redis restarted and lost
    /// it, or its instance died) waits at least two presence refreshes too: the instance holding the bridge
    /// announces it again as soon as its own Redis connection is back, which can take longer than the grace.
    /// </summary>
    private TimeSpan GraceFor(DateTimeOffset? leftAt) =>
        leftAt is null && 2 * options.Value.PresenceRefreshInterval > options.Value.ReconnectGrace
            ? 2 * options.Value.PresenceRefreshInterval
            : options.Value.ReconnectGrace;

    private async Task FailRunsAsync(IServiceProvider services, BatonDbContext db, Guid bridgeId, CancellationToken cancellationToken)
    {
        var recorder = services.GetRequiredService<RunRecorder>();
        var runIds = await db.Runs.AsNoTracking()
            .Where(r => r.BridgeId == bridgeId && (r.Status == RunStatus.Dispatched || r.Status == RunStatus.Running))
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        foreach (var runId in runIds)
        {
            Logger.LogInformation("Bridge {BridgeId} stayed away past the grace period; failing run {RunId}", bridgeId, runId);
            if (await recorder.FailAsync(runId, ErrorCodes.BridgeDisconnected, "The bridge disconnected and did not come back in time.", cancellationToken) is { } batch)
            {
                await publisher.PublishAsync(batch);
            }
        }
    }
}
