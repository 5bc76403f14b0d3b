using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Baton.Api.Push;

/// <summary>
/// Which conversation each of a user's tabs shows while it is visible, across instances: a Redis hash per
/// user, one field per connection, holding the conversation and when the tab last said so. A tab says it
/// again while visible, so an instance that died without cleaning up stops counting after
/// <see cref="PushOptions.ViewingLifetime"/>.
/// </summary>
public sealed class ConversationViewers(IConnectionMultiplexer redis, IOptions<PushOptions> options, TimeProvider time)
{
    private static RedisKey KeyFor(Guid userId) => $"baton:viewing:{userId}";

    public async Task SetAsync(Guid userId, string connectionId, Guid? conversationId)
    {
        var database = redis.GetDatabase();
        var key = KeyFor(userId);
        if (conversationId is not { } shown)
        {
            await database.HashDeleteAsync(key, connectionId);
            return;
        }

        var seen = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        await database.HashSetAsync(key, connectionId, $"{shown:N}:{seen}");
        await database.KeyExpireAsync(key, options.Value.ViewingLifetime);
    }

    public Task ForgetAsync(Guid userId, string connectionId) =>
        redis.GetDatabase().HashDeleteAsync(KeyFor(userId), connectionId);

    public async Task<bool> AnyShowsAsync(Guid userId, Guid conversationId)
    {
        var oldest = (time.GetUtcNow() - options.Value.ViewingLifetime).ToUnixTimeMilliseconds();
        var wanted = conversationId.ToString("N");
        foreach (var value in await redis.GetDatabase().HashValuesAsync(KeyFor(userId)))
        {
            var parts = value.ToString().Split(':');
            if (parts is [var shown, var seen] && shown == wanted
                && long.TryParse(seen, CultureInfo.InvariantCulture, out var seenAt) && seenAt >= oldest)
            {
                return true;
            }
        }

        return false;
    }
}
