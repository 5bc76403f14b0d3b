using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Baton.Api.Bridges;

/// <summary>
/// Keeps the presence records of the bridges connected here alive, and writes them again at once when
/// Redis comes back (it keeps nothing across a restart). A connection whose bridge has connected
/// elsewhere since is a leftover and is closed.
/// </summary>
public sealed class BridgePresenceKeeper(
    LocalBridgeConnections localBridges,
    IBridgePresence presence,
    IConnectionMultiplexer redis,
    IOptions<BridgeOptions> options,
    TimeProvider time,
    ILogger<BridgePresenceKeeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        redis.ConnectionRestored += OnConnectionRestored;
        try
        {
            using var timer = new PeriodicTimer(options.Value.PresenceRefreshInterval, time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RefreshAllAsync(stoppingToken);
            }
        }
        finally
        {
            redis.ConnectionRestored -= OnConnectionRestored;
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs args) =>
        _ = RefreshAllAsync(CancellationToken.None);

    private async Task RefreshAllAsync(CancellationToken cancellationToken)
    {
        foreach (var bridge in localBridges.All)
        {
            try
            {
                if (!await presence.RefreshAsync(bridge.BridgeId, bridge.Location, cancellationToken))
                {
                    logger.LogInformation("Bridge {BridgeId} connected elsewhere; closing its older connection {ConnectionId}",
                        bridge.BridgeId, bridge.Location.ConnectionId);
                    bridge.Connection.Abort();
                }
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not refresh the presence of bridge {BridgeId}", bridge.BridgeId);
            }
        }
    }
}
