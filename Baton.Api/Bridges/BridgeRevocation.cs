using StackExchange.Redis;

namespace Baton.Api.Bridges;

/// <summary>
/// A revoked token is refused when a connection starts, but a connection already open would live on.
/// So revoking closes the bridge's connections here and asks every other instance, over Redis, to close
/// theirs. The bridge's reconnect is then refused. While Redis is away, <see cref="RevokedBridgeSweep"/>
/// closes what the message could not reach.
/// </summary>
public sealed class BridgeRevocation(
    IConnectionMultiplexer redis,
    OpenBridgeConnections connections,
    ILogger<BridgeRevocation> logger) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("baton:bridge-revoked");

    public async Task StartAsync(CancellationToken cancellationToken) =>
        await redis.GetSubscriber().SubscribeAsync(Channel, (_, message) =>
        {
            if (Guid.TryParse(message.ToString(), out var bridgeId))
            {
                Close(bridgeId, "revoked on another instance");
            }
        });

    public async Task StopAsync(CancellationToken cancellationToken) => await redis.GetSubscriber().UnsubscribeAsync(Channel);

    /// <summary>Closes the revoked bridge's connections on every instance; call it once the revocation is stored.</summary>
    public async Task CloseEverywhereAsync(Guid bridgeId)
    {
        Close(bridgeId, "revoked here");
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, bridgeId.ToString(), CommandFlags.FireAndForget);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not ask the other instances to close revoked bridge {BridgeId}; their sweep will", bridgeId);
        }
    }

    public void Close(Guid bridgeId, string reason)
    {
        if (connections.Close(bridgeId) is var closed and > 0)
        {
            logger.LogInformation("Closed {Count} connections of bridge {BridgeId}: {Reason}", closed, bridgeId, reason);
        }
    }
}
