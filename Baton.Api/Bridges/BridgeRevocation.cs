using Baton.Api.Hubs;
using StackExchange.Redis;

namespace Baton.Api.Bridges;

/// <summary>
/// A revoked token is refused when a connection starts, but a connection already open would live on.
/// So revoking closes the bridge's connections on every instance, and the bridge's reconnect is then
/// refused. While Redis is away, <see cref="RevokedBridgeSweep"/> closes what the message could not reach.
/// </summary>
public sealed class BridgeRevocation(
    IConnectionMultiplexer redis,
    OpenBridgeConnections connections,
    ILogger<BridgeRevocation> logger) : EveryInstanceClose(redis, Channel, logger)
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("baton:bridge-revoked");

    public override void CloseHere(Guid id, string reason)
    {
        if (connections.Close(id) is var closed and > 0)
        {
            logger.LogInformation("Closed {Count} connections of bridge {BridgeId}: {Reason}", closed, id, reason);
        }
    }
}
