using Baton.Api.Bridges;
using Baton.Api.Hubs;
using StackExchange.Redis;

namespace Baton.Api.Conversations;

/// <summary>
/// What was broadcast while Redis was away never reached the browsers, and their connections stayed
/// open, so nothing tells them. When this instance's Redis subscription comes back it closes its browser
/// connections: each reconnects and rejoins after the last seq it saw, catching up from the stored log.
/// It also asks the other instances to do the same, for what it could not broadcast before they came back.
/// </summary>
public sealed class BackplaneCatchUp(
    IConnectionMultiplexer redis,
    LocalBrowserConnections browsers,
    InstanceIdentity instance,
    ILogger<BackplaneCatchUp> logger) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("baton:browser-catch-up");

    /// <summary>The reason logged when this instance's own Redis subscription is back and its tabs were closed.</summary>
    public const string OwnConnectionBack = "this instance's Redis connection came back";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored += OnConnectionRestored;
        await redis.GetSubscriber().SubscribeAsync(Channel, (_, sender) =>
        {
            if (sender != instance.Id)
            {
                CloseBrowserConnections("another instance's Redis connection came back");
            }
        });
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored -= OnConnectionRestored;
        await redis.GetSubscriber().UnsubscribeAsync(Channel);
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs args)
    {
        if (args.ConnectionType != ConnectionType.Subscription)
        {
            return;
        }

        CloseBrowserConnections(OwnConnectionBack);
        try
        {
            redis.GetSubscriber().Publish(Channel, instance.Id, CommandFlags.FireAndForget);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not ask the other instances' browsers to catch up");
        }
    }

    private void CloseBrowserConnections(string reason)
    {
        var closed = browsers.CloseAll();
        logger.LogInformation("Closed {Count} browser connections so they catch up on what Redis may have dropped: {Reason}", closed, reason);
    }
}
