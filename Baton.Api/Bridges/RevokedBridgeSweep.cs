using Baton.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Baton.Api.Bridges;

/// <summary>
/// Closes connections here whose bridge was revoked, for a revocation whose Redis message never
/// arrived: a revoked bridge stays connected at most one presence refresh interval.
/// </summary>
public sealed class RevokedBridgeSweep(
    IServiceScopeFactory scopes,
    OpenBridgeConnections connections,
    BridgeRevocation revocation,
    IOptions<BridgeOptions> options,
    DatabaseReadiness readiness,
    TimeProvider time,
    ILogger<RevokedBridgeSweep> logger) : PeriodicDatabaseSweep(readiness, time, logger)
{
    protected override TimeSpan Interval => options.Value.PresenceRefreshInterval;

    protected override async Task SweepAsync(CancellationToken cancellationToken)
    {
        var open = connections.BridgeIds;
        if (open.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDbContext>();
        var revoked = await db.Bridges.AsNoTracking()
            .Where(b => open.Contains(b.Id) && b.RevokedAt != null)
            .Select(b => b.Id)
            .ToListAsync(cancellationToken);
        foreach (var bridgeId in revoked)
        {
            revocation.CloseHere(bridgeId, "found revoked by the sweep");
        }
    }
}
