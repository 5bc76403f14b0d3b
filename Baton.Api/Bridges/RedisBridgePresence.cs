using StackExchange.Redis;

namespace Baton.Api.Bridges;

/// <summary>
/// Reads the presence record the instance holding a bridge's connection keeps in Redis (with a
/// short expiry it refreshes), so every instance answers the same.
/// </summary>
public sealed class RedisBridgePresence(IConnectionMultiplexer redis) : IBridgePresence
{
    public static RedisKey KeyFor(Guid bridgeId) => $"baton:bridge:{bridgeId}";

    public Task<bool> IsOnlineAsync(Guid bridgeId, CancellationToken cancellationToken) =>
        redis.GetDatabase().KeyExistsAsync(KeyFor(bridgeId));
}
