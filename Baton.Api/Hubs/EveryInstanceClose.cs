using StackExchange.Redis;

namespace Baton.Api.Hubs;

/// <summary>
/// Closes the hub connections that belong to one thing (a bridge, a signed-in session) on every API
/// instance: here at once, and on the others through a Redis message each of them listens for.
/// Call <see cref="CloseEverywhereAsync"/> once what ended them is stored, so a reconnect is refused.
/// </summary>
public abstract class EveryInstanceClose(IConnectionMultiplexer redis, RedisChannel channel, ILogger logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) =>
        await redis.GetSubscriber().SubscribeAsync(channel, (_, message) =>
        {
            if (Guid.TryParse(message.ToString(), out var id))
            {
                CloseHere(id, "asked by another instance");
            }
        });

    public async Task StopAsync(CancellationToken cancellationToken) => await redis.GetSubscriber().UnsubscribeAsync(channel);

    public async Task CloseEverywhereAsync(Guid id)
    {
        CloseHere(id, "ended here");
        try
        {
            await redis.GetSubscriber().PublishAsync(channel, id.ToString(), CommandFlags.FireAndForget);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not ask the other instances to close the connections of {Id} ({Channel})", id, channel);
        }
    }

    /// <summary>Closes this instance's connections of the thing with this id.</summary>
    public abstract void CloseHere(Guid id, string reason);
}
