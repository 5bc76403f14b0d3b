using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Baton.Api.Bridges;

/// <summary>
/// Presence as a Redis hash per bridge (instance, connection, since; or, once it is withdrawn, when the
/// bridge left) with an expiry. Refresh and withdraw compare the connection in one script, so a stale
/// connection never overwrites or removes a newer one.
/// </summary>
public sealed class RedisBridgePresence(IConnectionMultiplexer redis, IOptions<BridgeOptions> options, TimeProvider time) : IBridgePresence
{
    private const string InstanceField = "instance";
    private const string ConnectionField = "connection";
    private const string SinceField = "since";
    private const string LeftField = "left";

    private static readonly LuaScript RefreshScript = LuaScript.Prepare(
        """
        local current = redis.call('HGET', @key, 'connection')
        if current and current ~= @connection then
          return 0
        end
        redis.call('HDEL', @key, 'left')
        redis.call('HSET', @key, 'instance', @instance, 'connection', @connection, 'since', @since)
        redis.call('PEXPIRE', @key, @expiryMs)
        return 1
        """);

    private static readonly LuaScript WithdrawScript = LuaScript.Prepare(
        """
        if redis.call('HGET', @key, 'connection') == @connection then
          redis.call('HDEL', @key, 'instance', 'connection', 'since')
          redis.call('HSET', @key, 'left', @left)
          redis.call('PEXPIRE', @key, @expiryMs)
          return 1
        end
        return 0
        """);

    public static RedisKey KeyFor(Guid bridgeId) => $"baton:bridge:{bridgeId}";

    public Task<bool> IsOnlineAsync(Guid bridgeId, CancellationToken cancellationToken) =>
        redis.GetDatabase().HashExistsAsync(KeyFor(bridgeId), ConnectionField);

    public async Task<DateTimeOffset?> LeftAtAsync(Guid bridgeId, CancellationToken cancellationToken)
    {
        var left = await redis.GetDatabase().HashGetAsync(KeyFor(bridgeId), LeftField);
        return DateTimeOffset.TryParse(left, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    public async Task<BridgeLocation?> LocateAsync(Guid bridgeId, CancellationToken cancellationToken)
    {
        var fields = await redis.GetDatabase().HashGetAsync(KeyFor(bridgeId), [InstanceField, ConnectionField, SinceField]);
        if (fields[0].IsNullOrEmpty || fields[1].IsNullOrEmpty)
        {
            return null;
        }

        var since = DateTimeOffset.TryParse(fields[2], CultureInfo.InvariantCulture, out var parsed) ? parsed : DateTimeOffset.MinValue;
        return new BridgeLocation(fields[0]!, fields[1]!, since);
    }

    public async Task AnnounceAsync(Guid bridgeId, BridgeLocation location, CancellationToken cancellationToken)
    {
        var key = KeyFor(bridgeId);
        var transaction = redis.GetDatabase().CreateTransaction();
        _ = transaction.HashDeleteAsync(key, LeftField);
        _ = transaction.HashSetAsync(key,
        [
            new HashEntry(InstanceField, location.InstanceId),
            new HashEntry(ConnectionField, location.ConnectionId),
            new HashEntry(SinceField, location.Since.ToString("O", CultureInfo.InvariantCulture)),
        ]);
        _ = transaction.KeyExpireAsync(key, options.Value.PresenceExpiry);
        await transaction.ExecuteAsync();
    }

    public async Task<bool> RefreshAsync(Guid bridgeId, BridgeLocation location, CancellationToken cancellationToken)
    {
        var result = await redis.GetDatabase().ScriptEvaluateAsync(RefreshScript, new
        {
            key = KeyFor(bridgeId),
            instance = location.InstanceId,
            connection = location.ConnectionId,
            since = location.Since.ToString("O", CultureInfo.InvariantCulture),
            expiryMs = (long)options.Value.PresenceExpiry.TotalMilliseconds,
        });
        return (int)result == 1;
    }

    public async Task<bool> WithdrawAsync(Guid bridgeId, string connectionId, CancellationToken cancellationToken)
    {
        var result = await redis.GetDatabase().ScriptEvaluateAsync(WithdrawScript, new
        {
            key = KeyFor(bridgeId),
            connection = connectionId,
            left = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            expiryMs = (long)options.Value.PresenceExpiry.TotalMilliseconds,
        });
        return (int)result == 1;
    }
}
